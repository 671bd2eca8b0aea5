--TEST--
Rsa::encrypt()/decrypt(): unusable keys, oversized plaintexts and bad ciphertexts are wechatpay-php's UnexpectedValueException
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$encrypt = [
    'private key object' => ['x', $f['private_obj']],
    'private key PEM' => ['x', $f['pkcs8']],
    'pseudo-scheme' => ['x', 'public.spki://' . $f['spki_b64']],
    'junk key' => ['x', 'not a key'],
    'null key' => ['x', null],
    '215 bytes (RSA-2048 OAEP max is 214)' => [str_repeat('z', 215), $f['public_obj']],
];
foreach ($encrypt as $name => [$plaintext, $key]) {
    $openssl = @openssl_public_encrypt($plaintext, $out, $key, OPENSSL_PKCS1_OAEP_PADDING) ? 'true' : 'false';
    printf("encrypt %-38s openssl %s; %s\n", $name, $openssl, rsa_thrown(fn() => Rsa::encrypt($plaintext, $key)));
}
$good = Rsa::encrypt('secret', $f['public_obj']);
$raw = base64_decode($good);
$flipped = $raw;
$flipped[7] = chr(ord($flipped[7]) ^ 0x20);
openssl_public_encrypt('secret', $pkcs1Padded, $f['spki'], OPENSSL_PKCS1_PADDING);
$decrypt = [
    'public key object' => [$good, $f['public_obj']],
    'certificate object' => [$good, $f['cert_obj']],
    'public key PEM' => [$good, $f['spki']],
    'other private key' => [$good, $f['other_private']],
    'bit flipped' => [base64_encode($flipped), $f['private_obj']],
    // The last byte, not the first: a leading 0x00 (one ciphertext in 256) carries no value, so dropping
    // it would leave the same number and a ciphertext that rightly decrypts.
    'truncated' => [base64_encode(substr($raw, 0, -1)), $f['private_obj']],
    'empty' => ['', $f['private_obj']],
    'PKCS#1 v1.5 ciphertext' => [base64_encode($pkcs1Padded), $f['private_obj']],
    'encrypted PEM, no passphrase' => [$good, $f['encrypted']],
];
foreach ($decrypt as $name => [$ciphertext, $key]) {
    $openssl = @openssl_private_decrypt(base64_decode($ciphertext), $out, $key, OPENSSL_PKCS1_OAEP_PADDING) ? 'true' : 'false';
    printf("decrypt %-38s openssl %s; %s\n", $name, $openssl, rsa_thrown(fn() => Rsa::decrypt($ciphertext, $key)));
}
var_dump(Rsa::decrypt($good, $f['private_obj']));
?>
--EXPECT--
encrypt private key object                     openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
encrypt private key PEM                        openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
encrypt pseudo-scheme                          openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
encrypt junk key                               openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
encrypt null key                               openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
encrypt 215 bytes (RSA-2048 OAEP max is 214)   openssl false; UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
decrypt public key object                      openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt certificate object                     openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt public key PEM                         openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt other private key                      openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt bit flipped                            openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt truncated                              openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt empty                                  openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt PKCS#1 v1.5 ciphertext                 openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
decrypt encrypted PEM, no passphrase           openssl false; UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
string(6) "secret"
