--TEST--
Builder::factory(): a private key object is read through openssl_pkey_get_details(), as Crypto\Rsa reads it, so it is accepted where openssl_pkey_export() fails (disabled, or OpenSSL's configuration cannot be loaded) and openssl_sign(), which wechatpay-php signs with, works
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--INI--
disable_functions=openssl_pkey_export
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$config = static fn($privateKey, $cert): array => [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => $privateKey,
    'certs' => [$keys['platform_serial'] => $cert],
];
$key = openssl_pkey_get_private((string) file_get_contents($keys['merchant_private_key']));
$public = openssl_pkey_get_public((string) file_get_contents($keys['platform_public_key']));
$cert = openssl_x509_read((string) file_get_contents($keys['platform_cert']));
echo 'export disabled, key objects: ', get_class(WeChatPay\Builder::factory($config($key, $public))), "\n";
echo 'export disabled, certificate object: ', get_class(WeChatPay\Builder::factory($config($key, $cert))), "\n";
// a private key object as a platform key gives its public half; a public one is no private key (no warning)
echo 'private key object in certs: ', get_class(WeChatPay\Builder::factory($config($key, $key))), "\n";
try {
    WeChatPay\Builder::factory($config($public, $cert));
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}

[$code, $out, $err] = wxp_run_php(__DIR__ . '/../../inc/key_object_child.php',
    [$keys['merchant_private_key'], $keys['platform_cert'], $keys['merchant_serial'], $keys['platform_serial']], 60.0,
    ['extension' => dirname(__DIR__, 3) . '/modules/wechatpay.so'], ['OPENSSL_CONF' => '/nonexistent/openssl.cnf']);
echo "no OpenSSL configuration (exit $code):\n", $out, $err;
?>
--EXPECT--
export disabled, key objects: WeChatPay\BuilderNode
export disabled, certificate object: WeChatPay\BuilderNode
private key object in certs: WeChatPay\BuilderNode
Config 'privateKey' holds an OpenSSL key object that cannot be exported as a private key
no OpenSSL configuration (exit 0):
openssl_pkey_export: false
openssl_sign: true
factory: WeChatPay\BuilderNode
Rsa::sign: true
