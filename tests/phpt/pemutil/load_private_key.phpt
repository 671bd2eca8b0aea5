--TEST--
PemUtil::loadPrivateKey() and ::loadPrivateKeyFromString(): keys through Crypto\Rsa::from(), a path given with or without file://
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$path = $keys['merchant_private_key'];
$a = PemUtil::loadPrivateKey($path);
$b = PemUtil::loadPrivateKey('file://' . $path);
$c = PemUtil::loadPrivateKeyFromString(file_get_contents($path));
$d = PemUtil::loadPrivateKeyFromString('file://' . $path);
var_dump(get_class($a), get_class($b), get_class($c), get_class($d));
// They are the merchant key: what they sign the merchant certificate verifies.
foreach ([$a, $b, $c, $d] as $key) {
    openssl_sign('msg', $sig, $key, OPENSSL_ALGO_SHA256);
    echo openssl_verify('msg', $sig, openssl_x509_read(file_get_contents($keys['merchant_cert'])), OPENSSL_ALGO_SHA256);
}
echo "\n";
// The same failures as Crypto\Rsa::from().
foreach ([static fn () => PemUtil::loadPrivateKey('/nonexistent/key.pem'), static fn () => PemUtil::loadPrivateKeyFromString('garbage')] as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (UnexpectedValueException $e) {
        echo get_class($e), "\n";
    }
}
// The path is a sensitive parameter: it does not show in traces.
try {
    PemUtil::loadPrivateKey('/nonexistent/secret-key.pem');
} catch (Exception $e) {
    var_dump(str_contains($e->getTraceAsString(), 'secret-key'));
}
while (openssl_error_string() !== false);
?>
--EXPECT--
string(20) "OpenSSLAsymmetricKey"
string(20) "OpenSSLAsymmetricKey"
string(20) "OpenSSLAsymmetricKey"
string(20) "OpenSSLAsymmetricKey"
1111
UnexpectedValueException
UnexpectedValueException
bool(false)
