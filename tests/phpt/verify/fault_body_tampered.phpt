--TEST--
Verify: a 200 answer whose body was changed after signing is refused with VerificationException
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
    $client->chain('v3/emulator/fault/body-tampered')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    var_dump($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID') && $e->getRequestId() !== '');
    echo str_replace([$emu['base_uri'], $emu['keys']['platform_serial']], ['{BASE}/', '{PLATFORM_SERIAL}'], $e->getMessage()), "\n";
    $r = $e->getResponse();
    var_dump(str_contains($e->getMessage(), sprintf(WeChatPay\Exception\WeChatPayException::EV3_RES_HEADER_SIGNATURE_DIGEST,
        $r->getHeaderLine('Wechatpay-Timestamp'), $r->getHeaderLine('Wechatpay-Nonce'),
        $r->getHeaderLine('Wechatpay-Signature'), $r->getHeaderLine('Wechatpay-Serial'))));
    var_dump((string) $e->getResponse()->getBody());
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
GET {BASE}/v3/emulator/fault/body-tampered answered 200 but the answer did not verify: Verify the response's data with: timestamp=%d, nonce=%s, signature=%s, cert=[{PLATFORM_SERIAL} => ...] failed. (Request-ID: %s)
bool(true)
string(%d) "{"fauLt":"body-tampered"}"
int(1)
