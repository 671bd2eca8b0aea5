--TEST--
Verify: in public-key mode a bad signature is refused with the whole EV3_RES_HEADER_SIGNATURE_DIGEST message, naming the PUB_KEY_ID_ key
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu, [
    'certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']],
    'headers' => ['Wechatpay-Serial' => $k['pubkey_id']],
]));

try {
    $client->chain('v3/emulator/fault/bad-signature')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
    $r = $e->getResponse();
    $expected = sprintf(WeChatPay\Exception\WeChatPayException::EV3_RES_HEADER_SIGNATURE_DIGEST,
        $r->getHeaderLine('Wechatpay-Timestamp'), $r->getHeaderLine('Wechatpay-Nonce'),
        $r->getHeaderLine('Wechatpay-Signature'), $r->getHeaderLine('Wechatpay-Serial'));
    var_dump($r->getHeaderLine('Wechatpay-Serial') === $k['pubkey_id']);
    var_dump(str_contains($e->getMessage(), ' did not verify: ' . $expected . ' (Request-ID: '));
    echo substr($expected, -40), "\n";
    echo substr($e->getMessage(), -40 - strlen(' (Request-ID: ' . $e->getRequestId() . ')'), 40), "\n";
}
?>
--EXPECT--
WeChatPay\Exception\Own\VerificationException
bool(true)
bool(true)
232134912410000000000000 => ...] failed.
232134912410000000000000 => ...] failed.
