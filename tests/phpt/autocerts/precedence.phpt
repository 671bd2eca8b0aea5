--TEST--
Automatic platform certificates: explicit certs and public-key mode take precedence: a serial certs hold is verified with their key and never fetched for (a wrong key there fails, it is not replaced); a PUB_KEY_ID_ answer never fetches; only a serial certs lack does
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$try = static function (string $what, callable $call) use ($fetches) {
    try {
        $outcome = $call()->getStatusCode();
    } catch (Throwable $e) {
        $outcome = get_class($e) . ' ' . (str_contains($e->getMessage(), 'Verify the response') ? '(signature)' : $e->getMessage());
    }
    echo "$what: $outcome, fetches ", $fetches(), "\n";
};
$explicit = WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => $k['apiv3_key']]));
$try('explicit certs', static fn () => $explicit->v3->emulator->echo->get());
$other = openssl_pkey_get_details(openssl_pkey_new(['private_key_bits' => 2048]))['key'];
$wrong = WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => $k['apiv3_key'], 'certs' => [$k['platform_serial'] => $other]]));
$try('a wrong key in certs', static fn () => $wrong->v3->emulator->echo->get());
$pubkey = WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => $k['apiv3_key'], 'certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']]]));
$try('public-key mode', static fn () => $pubkey->v3->emulator->echo->get(['headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]));
$try('public-key mode, a platform-signed answer', static fn () => $pubkey->v3->emulator->echo->get());
$try('and again', static fn () => $pubkey->v3->emulator->echo->get());
?>
--EXPECT--
explicit certs: 200, fetches 0
a wrong key in certs: WeChatPay\Exception\Own\VerificationException (signature), fetches 0
public-key mode: 200, fetches 0
public-key mode, a platform-signed answer: 200, fetches 1
and again: 200, fetches 1
