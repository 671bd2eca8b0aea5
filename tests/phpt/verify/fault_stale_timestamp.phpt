--TEST--
Verify: a 200 answer timestamped 301 s ago is refused with VerificationException (EV3_RES_HEADER_TIMESTAMP_OFFSET)
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
    $client->chain('v3/emulator/fault/stale-timestamp')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    var_dump($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID') && $e->getRequestId() !== '');
    echo str_replace([$emu['base_uri'], $emu['keys']['platform_serial']], ['{BASE}/', '{PLATFORM_SERIAL}'], $e->getMessage()), "\n";
    preg_match("~was on (\d+), your.s localtime on (\d+)~", $e->getMessage(), $m);
    var_dump(in_array((int) $m[2] - (int) $m[1], [301, 302], true), $m[1] === $e->getResponse()->getHeaderLine("Wechatpay-Timestamp"));
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
GET {BASE}/v3/emulator/fault/stale-timestamp answered 200 but the answer did not verify: It's allowed time offset in ± 300 seconds, the response was on %d, your's localtime on %d. (Request-ID: %s)
bool(true)
bool(true)
int(1)
