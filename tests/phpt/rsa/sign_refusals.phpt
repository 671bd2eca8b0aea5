--TEST--
Rsa::sign(): anything that is not a usable private key is wechatpay-php's UnexpectedValueException
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--DESCRIPTION--
wechatpay-php calls openssl_sign() and throws when it returns false; PHP's own warnings that come with that false
("openssl_sign(): Supplied key param cannot be coerced into a private key") are not repeated by the extension.
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$cases = [
    'public key object' => $f['public_obj'],
    'certificate object' => $f['cert_obj'],
    'SPKI PEM' => $f['spki'],
    'certificate PEM' => $f['cert'],
    'public key file://' => $f['spki_path'],
    'junk' => 'not a key',
    'empty string' => '',
    'pseudo-scheme (only from() reads those)' => 'private.pkcs8://' . $f['pkcs8_b64'],
    'bare Base64' => $f['pkcs8_b64'],
    'encrypted PEM, no passphrase' => $f['encrypted'],
    '[encrypted PEM, wrong passphrase]' => [$f['encrypted'], 'wrong'],
    'missing file' => 'file:///nonexistent/wxp/key.pem',
    'directory' => 'file://' . __DIR__,
    'integer' => 42,
    'null' => null,
];
foreach ($cases as $name => $key) {
    // PHP's openssl_sign() refuses each of them too (with warnings of its own, silenced here)
    $openssl = @openssl_sign('message', $sig, $key, OPENSSL_ALGO_SHA256) ? 'openssl_sign OK' : 'openssl_sign false';
    printf("%-40s %s; %s\n", $name, $openssl, rsa_thrown(fn() => Rsa::sign('message', $key)));
}
// what PHP itself throws for a key argument goes through unchanged
echo rsa_thrown(fn() => Rsa::sign('message', [$f['pkcs8']])), "\n";
echo rsa_thrown(fn() => Rsa::sign('message', new stdClass())), "\n";
// a refused key leaves nothing behind: the next call with a good key works
var_dump(Rsa::sign('message', $f['private_obj']) === Rsa::sign('message', $f['pkcs8']));
?>
--EXPECT--
public key object                        openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
certificate object                       openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
SPKI PEM                                 openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
certificate PEM                          openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
public key file://                       openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
junk                                     openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
empty string                             openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
pseudo-scheme (only from() reads those)  openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
bare Base64                              openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
encrypted PEM, no passphrase             openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
[encrypted PEM, wrong passphrase]        openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
missing file                             openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
directory                                openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
integer                                  openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
null                                     openssl_sign false; UnexpectedValueException: Signing the input $message failed, please checking your $privateKey whether or nor correct.
ValueError: Key array must be of the form array(0 => key, 1 => phrase)
Error: Object of class stdClass could not be converted to string
bool(true)
