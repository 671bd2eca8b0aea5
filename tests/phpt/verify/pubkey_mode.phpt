--TEST--
Verify: certs keyed by a PUB_KEY_ID_ id plus the request header Wechatpay-Serial: PUB_KEY_ID_... verifies an answer signed in public-key mode
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];

// public-key mode only
$client = WeChatPay\Builder::factory(wxp_config($emu, [
    'certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']],
    'headers' => ['Wechatpay-Serial' => $k['pubkey_id']],
]));
$response = $client->chain('v3/emulator/echo')->get();
var_dump($response->getStatusCode());
var_dump($response->getHeaderLine('Wechatpay-Serial') === $k['pubkey_id']);
var_dump(json_decode((string) $response->getBody(), true)['headers']['wechatpay-serial'] === $k['pubkey_id']);

// both kinds held (migration): each answer verifies with its own key
$client = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [
    $k['platform_serial'] => 'file://' . $k['platform_cert'],
    $k['pubkey_id'] => file_get_contents($k['pubkey_public_key']),
]]));
$a = $client->chain('v3/emulator/echo')->get(['headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]);
$b = $client->chain('v3/emulator/echo')->get();
var_dump($a->getHeaderLine('Wechatpay-Serial') === $k['pubkey_id']);
var_dump($b->getHeaderLine('Wechatpay-Serial') === $k['platform_serial']);
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(200)
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
