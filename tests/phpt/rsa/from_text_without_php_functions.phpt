--TEST--
Rsa: the from*() loaders rewrite pseudo-schemes and PKCS#1 public PEM without PHP's wordwrap() or parse_url(), with the same result
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--INI--
disable_functions=wordwrap,parse_url
--DESCRIPTION--
The package's parse() calls parse_url() and wordwrap(); the extension follows their rules in C (src/wxp_pem.c),
so disabling them changes nothing: Base64 already in lines (which a plain cut every 64 bytes would break) and a
body that a space splits load as before.
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$want = rsa_modulus($f['spki']);
$same = static fn($key): string => var_export(rsa_modulus($key) === $want, true);
echo 'fromPkcs8: ', $same(Rsa::fromPkcs8($f['pkcs8_b64'])), "\n";
echo 'fromPkcs8 of wrapped text: ', $same(Rsa::fromPkcs8(rtrim(chunk_split($f['pkcs8_b64'], 64, "\n")))), "\n";
echo 'fromPkcs8 of text in lines of 76: ', $same(Rsa::fromPkcs8(rtrim(chunk_split($f['pkcs8_b64'], 76, "\n")))), "\n";
echo 'fromPkcs1 public: ', $same(Rsa::fromPkcs1($f['pkcs1_public_b64'], Rsa::KEY_TYPE_PUBLIC)), "\n";
echo 'fromSpki: ', $same(Rsa::fromSpki($f['spki_b64'])), "\n";
echo 'from PKCS#1 public PEM: ', $same(Rsa::from($f['pkcs1_public_crlf'], Rsa::KEY_TYPE_PUBLIC)), "\n";
var_dump(Rsa::pkcs1ToSpki($f['pkcs1_public_b64']) === $f['spki_b64']);
// what parse_url() reads no scheme in stays as it is, and is no key
echo rsa_thrown(fn() => Rsa::from('private.pkcs8:///' . $f['pkcs8_b64'])), "\n";
?>
--EXPECT--
fromPkcs8: true
fromPkcs8 of wrapped text: true
fromPkcs8 of text in lines of 76: true
fromPkcs1 public: true
fromSpki: true
from PKCS#1 public PEM: true
bool(true)
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
