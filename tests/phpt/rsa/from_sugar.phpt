--TEST--
Rsa::fromPkcs8(), fromPkcs1() and fromSpki() load bare Base64 keys (no envelope, no line breaks)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$want = rsa_modulus($f['spki']);
$show = static function (string $name, $key) use ($want): void {
    $d = openssl_pkey_get_details($key);
    printf("%-26s %s private=%s same=%s\n", $name, get_class($key), var_export(isset($d['rsa']['d']), true),
        var_export(bin2hex($d['rsa']['n']) === $want, true));
};
$show('fromPkcs8', Rsa::fromPkcs8($f['pkcs8_b64']));
$show('fromPkcs1', Rsa::fromPkcs1($f['pkcs1_b64']));
$show('fromPkcs1 private', Rsa::fromPkcs1($f['pkcs1_b64'], Rsa::KEY_TYPE_PRIVATE));
$show('fromPkcs1 public', Rsa::fromPkcs1($f['pkcs1_public_b64'], Rsa::KEY_TYPE_PUBLIC));
$show('fromPkcs1 other $type', Rsa::fromPkcs1($f['pkcs1_b64'], 'whatever'));
$show('fromSpki', Rsa::fromSpki($f['spki_b64']));
// the sugar is from() with the pseudo-scheme: the same keys come out
var_dump(rsa_modulus(Rsa::fromSpki($f['spki_b64'])) === rsa_modulus(Rsa::from('public.spki://' . $f['spki_b64'], 'public')));
// Base64 already in lines of 64 is accepted too (wordwrap keeps the line breaks), but not with a final line
// break: the PEM made of it then has an empty line before its END line, which OpenSSL refuses
$show('fromPkcs8 of wrapped text', Rsa::fromPkcs8(rtrim(chunk_split($f['pkcs8_b64'], 64, "\n"))));
echo rsa_thrown(fn() => Rsa::fromPkcs8(chunk_split($f['pkcs8_b64'], 64, "\n"))), "\n";
// the key kind is the method's: a public key given to fromPkcs1 as private is refused
echo rsa_thrown(fn() => Rsa::fromPkcs1($f['pkcs1_public_b64'])), "\n";
echo rsa_thrown(fn() => Rsa::fromPkcs8($f['pkcs1_b64'])), "\n";
echo rsa_thrown(fn() => Rsa::fromSpki($f['pkcs1_public_b64'])), "\n";
?>
--EXPECT--
fromPkcs8                  OpenSSLAsymmetricKey private=true same=true
fromPkcs1                  OpenSSLAsymmetricKey private=true same=true
fromPkcs1 private          OpenSSLAsymmetricKey private=true same=true
fromPkcs1 public           OpenSSLAsymmetricKey private=false same=true
fromPkcs1 other $type      OpenSSLAsymmetricKey private=true same=true
fromSpki                   OpenSSLAsymmetricKey private=false same=true
bool(true)
fromPkcs8 of wrapped text  OpenSSLAsymmetricKey private=true same=true
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
