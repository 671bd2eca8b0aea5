--TEST--
Verify: a signed 204 with an empty body verifies (signature over "TIMESTAMP\nNONCE\n\n") and is returned
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$response = $client->chain('v3/emulator/fault/empty-204')->post(['json' => ['a' => 1]]);
var_dump($response->getStatusCode());
var_dump((string) $response->getBody());
var_dump($response->getBody()->getSize());
var_dump($response->hasHeader('Wechatpay-Signature'));
?>
--EXPECT--
int(204)
string(0) ""
int(0)
bool(true)
