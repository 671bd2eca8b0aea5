--TEST--
Builder::factory() checks mchid, serial, privateKey and certs in that order, each failure naming the entry
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
use WeChatPay\Builder;
use WeChatPay\Exception\InvalidArgumentException;
use WeChatPay\Exception\WeChatPayException;

$keys = wxp_test_keys();
$full = [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'],
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
];
$cases = [
    'no config' => [],
    'mchid null' => ['mchid' => null] + $full,
    'mchid array' => ['mchid' => []] + $full,
    'mchid with quote' => ['mchid' => '19"00'] + $full,
    'no serial' => array_diff_key($full, ['serial' => 1]),
    'serial int' => ['serial' => 12] + $full,
    'no privateKey' => array_diff_key($full, ['privateKey' => 1]),
    'privateKey int' => ['privateKey' => 42] + $full,
    'privateKey empty' => ['privateKey' => ''] + $full,
    'no certs' => array_diff_key($full, ['certs' => 1]),
    'certs empty' => ['certs' => []] + $full,
    'certs string' => ['certs' => 'x'] + $full,
];
foreach ($cases as $name => $config) {
    try {
        Builder::factory($config);
        echo "$name: accepted\n";
    } catch (InvalidArgumentException $e) {
        printf("%s: %s%s\n", $name, $e instanceof WeChatPayException ? '' : '(not WeChatPayException) ', $e->getMessage());
    }
}
// An integer mchid is accepted, as wechatpay-php accepts numeric ones.
var_dump(Builder::factory(['mchid' => 1900000001] + $full) instanceof WeChatPay\BuilderChainable);
?>
--EXPECT--
no config: Config 'mchid' is required: the merchant ID, e.g. '1900000001'
mchid null: Config 'mchid' is required: the merchant ID, e.g. '1900000001'
mchid array: Config 'mchid' must be a string or an integer, array given
mchid with quote: Config 'mchid' must be non-empty printable ASCII without spaces, quotes, backslashes or commas
no serial: Config 'serial' is required: the serial number of the merchant API certificate, usually hexadecimal
serial int: Config 'serial' must be a string, int given
no privateKey: Config 'privateKey' is required: the merchant's private key as PEM text, a file:// path or an OpenSSLAsymmetricKey
privateKey int: Config 'privateKey' must be PEM text, a file:// path, an OpenSSLAsymmetricKey or an OpenSSLCertificate, int given
privateKey empty: Config 'privateKey' must not be empty
no certs: Config 'certs' is required: a non-empty array of platform certificate serial or PUB_KEY_ID_... => public key or certificate (or give 'apiv3Key' and the platform certificates are fetched automatically)
certs empty: Config 'certs' is required: a non-empty array of platform certificate serial or PUB_KEY_ID_... => public key or certificate (or give 'apiv3Key' and the platform certificates are fetched automatically)
certs string: Config 'certs' is required: a non-empty array of platform certificate serial or PUB_KEY_ID_... => public key or certificate (or give 'apiv3Key' and the platform certificates are fetched automatically)
bool(true)
