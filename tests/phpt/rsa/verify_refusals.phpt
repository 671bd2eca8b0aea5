--TEST--
Rsa::verify(): a key argument that is not a public key is wechatpay-php's UnexpectedValueException, not false
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--DESCRIPTION--
wechatpay-php throws when openssl_verify() returns false (the key could not be used), and returns false for
0 and -1 (a signature that does not verify). PHP's warnings that come with openssl_verify()'s false are not
repeated by the extension.
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
openssl_sign('message', $raw, $f['private_obj'], OPENSSL_ALGO_SHA256);
$sig = base64_encode($raw);
$cases = [
    // PHP will not take a private key object as a public key (its own rule; PEM text of it neither)
    'private key object' => $f['private_obj'],
    'private key PEM' => $f['pkcs8'],
    'pseudo-scheme (only from() reads those)' => 'public.spki://' . $f['spki_b64'],
    'bare Base64' => $f['spki_b64'],
    'junk' => 'not a key',
    'empty string' => '',
    'missing file' => 'file:///nonexistent/wxp/cert.pem',
    'integer' => 42,
    'null' => null,
    'false' => false,
];
foreach ($cases as $name => $key) {
    $openssl = var_export(@openssl_verify('message', $raw, $key, OPENSSL_ALGO_SHA256), true);
    printf("%-40s openssl_verify %s; %s\n", $name, $openssl, rsa_thrown(fn() => Rsa::verify('message', $sig, $key)));
}
echo rsa_thrown(fn() => Rsa::verify('message', $sig, [$f['spki']])), "\n";
echo rsa_thrown(fn() => Rsa::verify('message', $sig, new stdClass())), "\n";
?>
--EXPECT--
private key object                       openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
private key PEM                          openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
pseudo-scheme (only from() reads those)  openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
bare Base64                              openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
junk                                     openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
empty string                             openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
missing file                             openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
integer                                  openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
null                                     openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
false                                    openssl_verify false; UnexpectedValueException: Verified the input $message failed, please checking your $publicKey whether or nor correct.
ValueError: Key array must be of the form array(0 => key, 1 => phrase)
Error: Object of class stdClass could not be converted to string
