--TEST--
Rsa::from(): what cannot be loaded is an UnexpectedValueException naming the key kind and the input's type
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$cases = [
    'junk text' => ['not a key'],
    'junk text, public' => ['not a key', Rsa::KEY_TYPE_PUBLIC],
    'private PEM as public' => [$f['pkcs8'], Rsa::KEY_TYPE_PUBLIC],
    'public PEM as private' => [$f['spki']],
    'certificate as private' => [$f['cert']],
    'encrypted PEM, no passphrase' => [$f['encrypted']],
    'encrypted PEM, wrong passphrase' => [[$f['encrypted'], 'wrong']],
    'missing file' => ['file:///nonexistent/wxp/key.pem'],
    'pseudo-scheme, bad Base64' => ['private.pkcs1://!!!not-base64!!!'],
    'pseudo-scheme of the other kind' => ['public.spki://' . $f['spki_b64']],
    'unknown pseudo-scheme' => ['private.pkcs9://' . $f['pkcs8_b64']],
    'pseudo-scheme naming a file' => ['private.pkcs8://' . $f['pkcs8_b64'] . 'file://'],
    'empty string' => [''],
    'integer' => [12345],
    'float' => [1.5],
    'bool' => [true],
    'null' => [null],
    'certificate object as private' => [$f['cert_obj']],
];
foreach ($cases as $name => $args) {
    printf("%-32s %s\n", $name, rsa_thrown(fn() => Rsa::from(...$args)));
}
// wrong-kind key objects: PHP's openssl_pkey_get_*() warns as it does for wechatpay-php
echo rsa_thrown(fn() => Rsa::from($f['public_obj'])), "\n";
echo rsa_thrown(fn() => Rsa::from($f['private_obj'], Rsa::KEY_TYPE_PUBLIC)), "\n";
// what PHP itself throws goes through unchanged
echo rsa_thrown(fn() => Rsa::from([$f['pkcs8']])), "\n";
echo rsa_thrown(fn() => Rsa::from(new stdClass())), "\n";
// a Stringable is read as its string
$stringable = new class($f['pkcs8']) { public function __construct(private string $pem) {} public function __toString(): string { return $this->pem; } };
var_dump(rsa_modulus(Rsa::from($stringable)) === rsa_modulus($f['spki']));
?>
--EXPECTF--
junk text                        UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
junk text, public                UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
private PEM as public            UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
public PEM as private            UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
certificate as private           UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
encrypted PEM, no passphrase     UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
encrypted PEM, wrong passphrase  UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input.
missing file                     UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
pseudo-scheme, bad Base64        UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
pseudo-scheme of the other kind  UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
unknown pseudo-scheme            UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
pseudo-scheme naming a file      UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
empty string                     UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
integer                          UnexpectedValueException: Cannot load privateKey from(integer), please take care about the \$thing input.
float                            UnexpectedValueException: Cannot load privateKey from(double), please take care about the \$thing input.
bool                             UnexpectedValueException: Cannot load privateKey from(boolean), please take care about the \$thing input.
null                             UnexpectedValueException: Cannot load privateKey from(NULL), please take care about the \$thing input.
certificate object as private    UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.

Warning: openssl_pkey_get_private(): Supplied key param is a public key in %s on line %d
UnexpectedValueException: Cannot load privateKey from(object), please take care about the \$thing input.

Warning: openssl_pkey_get_public(): Don't know how to get public key from this private key in %s on line %d
UnexpectedValueException: Cannot load publicKey from(object), please take care about the \$thing input.
ValueError: Key array must be of the form array(0 => key, 1 => phrase)
Error: Object of class stdClass could not be converted to string
bool(true)
