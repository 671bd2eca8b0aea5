--TEST--
Verify: a 200 answer signed under a serial not in certs is refused with VerificationException (EV3_RES_HEADER_PLATFORM_SERIAL, listing the known ids)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

try {
    $client->chain('v3/emulator/fault/unknown-serial')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    var_dump($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID') && $e->getRequestId() !== '');
    echo str_replace([$emu['base_uri'], $emu['keys']['platform_serial']], ['{BASE}/', '{PLATFORM_SERIAL}'], $e->getMessage()), "\n";

}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECTF--
WeChatPay\Exception\Own\VerificationException
bool(true)
bool(true)
bool(true)
int(200)
bool(true)
GET {BASE}/v3/emulator/fault/unknown-serial answered 200 but the answer did not verify: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's {PLATFORM_SERIAL}. (Request-ID: %s)
int(1)
