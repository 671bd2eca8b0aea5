--TEST--
Verify: certs that lack the serial the answer names -> VerificationException (unknown serial) listing every known id, comma-separated
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [
    $k['pubkey_id'] => 'file://' . $k['pubkey_public_key'],
    'ABCDEF0123456789' => 'file://' . $k['platform_public_key'], // the right key under the wrong serial
]]));

try {
    $client->chain('v3/emulator/echo')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    echo str_replace([$emu['base_uri'], $k['platform_serial']], ['{BASE}/', '{PLATFORM_SERIAL}'], $e->getMessage()), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECTF--
WeChatPay\Exception\Own\VerificationException
bool(true)
int(200)
GET {BASE}/v3/emulator/echo answered 200 but the answer did not verify: Cannot found the serial(`{PLATFORM_SERIAL}`)'s configuration, which's from the response(header:Wechatpay-Serial), your's PUB_KEY_ID_0114232134912410000000000000,ABCDEF0123456789. (Request-ID: %s)
int(1)
