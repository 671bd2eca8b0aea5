--TEST--
Verify: a 200 answer without Wechatpay-Signature is refused with VerificationException (EV3_RES_HEADERS_INCOMPLETE)
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
    $client->chain('v3/emulator/fault/missing-header/{name}')->get(['name' => 'Wechatpay-Signature']);
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    var_dump($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID') && $e->getRequestId() !== '');
    echo str_replace([$emu['base_uri'], $emu['keys']['platform_serial']], ['{BASE}/', '{PLATFORM_SERIAL}'], $e->getMessage()), "\n";
    var_dump($e->getResponse()->hasHeader('Wechatpay-Signature'));
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
GET {BASE}/v3/emulator/fault/missing-header/Wechatpay-Signature answered 200 but the answer did not verify: The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`). (Request-ID: %s)
bool(false)
int(1)
