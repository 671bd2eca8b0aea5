--TEST--
Rsa: file:// key paths follow PHP's rules (relative paths, NUL bytes, open_basedir), as openssl_sign's do
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); if (!is_file('/etc/passwd')) die('skip no /etc/passwd'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$path = substr($f['pkcs1_path'], strlen('file://'));
openssl_sign('m', $want, $f['private_obj'], OPENSSL_ALGO_SHA256);

// relative to the working directory
chdir(dirname($path));
var_dump(Rsa::sign('m', 'file://' . basename($path)) === base64_encode($want));
var_dump(Rsa::verify('m', base64_encode($want), 'file://' . basename(substr($f['spki_path'], 7))));
// a NUL byte: PHP's own ValueError
echo rsa_thrown(fn() => Rsa::sign('m', "file://$path\0.pem")), "\n";
// outside open_basedir: refused as openssl_sign refuses it, with PHP's open_basedir warning (the key
// directory stays allowed, and still works)
ini_set('open_basedir', __DIR__ . PATH_SEPARATOR . dirname($path));
var_dump(Rsa::sign('m', "file://$path") === base64_encode($want));
var_dump(@openssl_sign('m', $sig, 'file:///etc/passwd', OPENSSL_ALGO_SHA256));
echo rsa_thrown(fn() => Rsa::sign('m', 'file:///etc/passwd')), "\n";
echo rsa_thrown(fn() => Rsa::verify('m', base64_encode($want), 'file:///etc/passwd')), "\n";
// keys already loaded keep working
var_dump(Rsa::sign('m', $f['private_obj']) === base64_encode($want));
?>
--EXPECTF--
bool(true)
bool(true)
ValueError: openssl_pkey_get_private(): Argument #1 ($private_key) must not contain any null bytes
bool(true)
bool(false)

Warning: openssl_pkey_get_private(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.

Warning: openssl_pkey_get_public(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
bool(true)
