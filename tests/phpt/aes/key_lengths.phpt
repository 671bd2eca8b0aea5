--TEST--
AES: keys that are not 32 bytes are zero-padded or cut to 32, exactly as PHP's openssl_*() (and so the package) use them
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\{AesGcm, AesEcb};

$base = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7jKl0nOp3rSt6vWx9zAb2dEf5hIj8l';
$iv = 'wxpay-nonce1';
foreach ([0, 1, 16, 31, 32, 33, 64] as $n) {
    $key = substr($base, 0, $n);
    $gcm = AesGcm::encrypt('hello', $key, $iv, 'aad');
    $ecb = AesEcb::encrypt('hello', $key);
    printf("%2d-byte key: GCM %s, ECB %s, both decrypt: %s\n", $n,
        $gcm === wxp_ref_gcm_encrypt('hello', $key, $iv, 'aad') ? 'as openssl' : 'DIFFERS',
        $ecb === wxp_ref_ecb_encrypt('hello', $key) ? 'as openssl' : 'DIFFERS',
        var_export(AesGcm::decrypt($gcm, $key, $iv, 'aad') === 'hello' && AesEcb::decrypt($ecb, $key) === 'hello', true));
}
// a short key is the same key as its zero-padded form; a long one as its first 32 bytes
var_dump(AesEcb::encrypt('x', 'short') === AesEcb::encrypt('x', str_pad('short', 32, "\0")));
var_dump(AesGcm::encrypt('x', $base, $iv) === AesGcm::encrypt('x', substr($base, 0, 32), $iv));
var_dump(AesGcm::decrypt(AesGcm::encrypt('x', '', $iv), str_repeat("\0", 32), $iv));
?>
--EXPECT--
 0-byte key: GCM as openssl, ECB as openssl, both decrypt: true
 1-byte key: GCM as openssl, ECB as openssl, both decrypt: true
16-byte key: GCM as openssl, ECB as openssl, both decrypt: true
31-byte key: GCM as openssl, ECB as openssl, both decrypt: true
32-byte key: GCM as openssl, ECB as openssl, both decrypt: true
33-byte key: GCM as openssl, ECB as openssl, both decrypt: true
64-byte key: GCM as openssl, ECB as openssl, both decrypt: true
bool(true)
bool(true)
string(1) "x"
