--TEST--
Verify: a 200 answer timestamped exactly 300 s ahead is accepted
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$response = $client->chain('v3/emulator/fault/edge-future-timestamp')->get();
var_dump($response->getStatusCode());
echo $response->getBody(), "\n";
?>
--EXPECT--
int(200)
{"fault":"edge-future-timestamp"}
