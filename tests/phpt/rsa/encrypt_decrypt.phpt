--TEST--
Rsa::encrypt()/decrypt(): RSA-OAEP round trips for every key form, interoperable with openssl_public_encrypt/_private_decrypt
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$plaintexts = ['', '13800138000', 'hello wechatpay 你好 微信支付', "bin\0ary\xff", str_repeat('z', 214)];
$publicKeys = [
    'public key object' => $f['public_obj'],
    'certificate object' => $f['cert_obj'],
    'SPKI PEM' => $f['spki'],
    'PKCS#1 public PEM' => $f['pkcs1_public'],
    'certificate PEM' => $f['cert'],
    'certificate file://' => $f['cert_path'],
    'Rsa::from() object' => Rsa::from('public.spki://' . $f['spki_b64'], Rsa::KEY_TYPE_PUBLIC),
];
$privateKeys = [
    'key object' => $f['private_obj'],
    'PKCS#8 PEM' => $f['pkcs8'],
    'PKCS#1 PEM' => $f['pkcs1'],
    'PKCS#1 file://' => $f['pkcs1_path'],
    '[encrypted PEM, passphrase]' => [$f['encrypted'], 'wxp-pass'],
    'Rsa::from() object' => Rsa::fromPkcs1($f['pkcs1_b64']),
];
foreach ($publicKeys as $name => $key) {
    $ok = 0;
    foreach ($plaintexts as $p) {
        $c = Rsa::encrypt($p, $key);
        // Base64 of one RSA-2048 block; PHP's own decryption (OAEP, SHA-1) reads it
        $ok += strlen(base64_decode($c, true)) === 256 && openssl_private_decrypt(base64_decode($c), $back, $f['private_obj'],
            OPENSSL_PKCS1_OAEP_PADDING) && $back === $p && Rsa::decrypt($c, $f['pkcs8']) === $p;
    }
    printf("encrypt with %-28s %d of %d round trips\n", $name, $ok, count($plaintexts));
}
foreach ($privateKeys as $name => $key) {
    $ok = 0;
    foreach ($plaintexts as $p) {
        // ciphertext made by PHP itself, as WeChat Pay's would be
        openssl_public_encrypt($p, $c, $f['spki'], OPENSSL_PKCS1_OAEP_PADDING);
        $ok += Rsa::decrypt(base64_encode($c), $key) === $p
            && Rsa::decrypt(base64_encode($c), $key, OPENSSL_PKCS1_OAEP_PADDING) === $p;
    }
    printf("decrypt with %-28s %d of %d openssl_public_encrypt ciphertexts\n", $name, $ok, count($plaintexts));
}
// OAEP is randomised: the same plaintext never encrypts the same twice
var_dump(Rsa::encrypt('x', $f['public_obj']) !== Rsa::encrypt('x', $f['public_obj']));
// the ciphertext is read by the lenient base64_decode(), like the package's
$c = Rsa::encrypt('lines', $f['spki']);
var_dump(Rsa::decrypt(chunk_split($c, 76, "\r\n"), $f['private_obj']));
?>
--EXPECT--
encrypt with public key object            5 of 5 round trips
encrypt with certificate object           5 of 5 round trips
encrypt with SPKI PEM                     5 of 5 round trips
encrypt with PKCS#1 public PEM            5 of 5 round trips
encrypt with certificate PEM              5 of 5 round trips
encrypt with certificate file://          5 of 5 round trips
encrypt with Rsa::from() object           5 of 5 round trips
decrypt with key object                   5 of 5 openssl_public_encrypt ciphertexts
decrypt with PKCS#8 PEM                   5 of 5 openssl_public_encrypt ciphertexts
decrypt with PKCS#1 PEM                   5 of 5 openssl_public_encrypt ciphertexts
decrypt with PKCS#1 file://               5 of 5 openssl_public_encrypt ciphertexts
decrypt with [encrypted PEM, passphrase]  5 of 5 openssl_public_encrypt ciphertexts
decrypt with Rsa::from() object           5 of 5 openssl_public_encrypt ciphertexts
bool(true)
string(5) "lines"
