--TEST--
Rsa::encrypt()/decrypt(): any padding but OPENSSL_PKCS1_OAEP_PADDING is refused first, with wechatpay-php's message
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$c = Rsa::encrypt('x', $f['public_obj']);
foreach (['OPENSSL_PKCS1_PADDING' => OPENSSL_PKCS1_PADDING, 'OPENSSL_NO_PADDING' => OPENSSL_NO_PADDING,
          '0' => 0, '-1' => -1, 'PHP_INT_MAX' => PHP_INT_MAX, '6 (RSA_PKCS1_PSS_PADDING)' => 6] as $name => $padding) {
    printf("%-26s encrypt: %s\n", $name, rsa_thrown(fn() => Rsa::encrypt('x', $f['public_obj'], $padding)));
    printf("%-26s decrypt: %s\n", $name, rsa_thrown(fn() => Rsa::decrypt($c, $f['private_obj'], $padding)));
}
// checked before the key: a bad key with a bad padding reports the padding
echo rsa_thrown(fn() => Rsa::encrypt('x', 'not a key', OPENSSL_PKCS1_PADDING)), "\n";
echo rsa_thrown(fn() => Rsa::decrypt('x', 'not a key', OPENSSL_PKCS1_PADDING)), "\n";
// and named: padding: is the third parameter
var_dump(Rsa::decrypt(Rsa::encrypt('named', publicKey: $f['spki'], padding: OPENSSL_PKCS1_OAEP_PADDING), privateKey: $f['pkcs8']));
?>
--EXPECT--
OPENSSL_PKCS1_PADDING      encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
OPENSSL_PKCS1_PADDING      decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
OPENSSL_NO_PADDING         encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(3).
OPENSSL_NO_PADDING         decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(3).
0                          encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(0).
0                          decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(0).
-1                         encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(-1).
-1                         decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(-1).
PHP_INT_MAX                encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(9223372036854775807).
PHP_INT_MAX                decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(9223372036854775807).
6 (RSA_PKCS1_PSS_PADDING)  encrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(6).
6 (RSA_PKCS1_PSS_PADDING)  decrypt: UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(6).
UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
string(5) "named"
