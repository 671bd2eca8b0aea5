--TEST--
Rsa::from() and the factory with WECHATPAY_OPENSSL_OBJECTS=0 (the layout check of support/openssl_objects.c off, as where it fails): PHP's openssl_pkey_get_*() make the objects, nothing of Rsa::from() or the factory's objects goes through the key cache (only the PEM strings given to Rsa::sign/verify, which make no object), everything works as before
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--ENV--
WECHATPAY_OPENSSL_OBJECTS=0
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$k = wxp_test_keys();
$stats = static fn(): string => implode(',', array_intersect_key(WeChatPay\Pool::stats(), ['keys_cached' => 1, 'key_parses' => 1]));
foreach (['pkcs8_path', 'pkcs1', 'spki_path', 'cert'] as $form) {
    $type = in_array($form, ['spki_path', 'cert'], true) ? 'public' : 'private';
    $key = Rsa::from($f[$form], $type);
    // the PEM strings given to Rsa::verify()/sign() (spki, pkcs8) are the only cache entries
    $ok = $type === 'private'
        ? openssl_sign('m', $sig, $key, OPENSSL_ALGO_SHA256) && Rsa::verify('m', base64_encode($sig), $f['spki'])
        : Rsa::verify('m', Rsa::sign('m', $f['pkcs8']), $key) && openssl_pkey_get_details($key)['bits'] === 2048;
    printf("%-10s %s works=%s cache=%s\n", $form, get_class($key), var_export($ok, true), $stats());
}
echo rsa_thrown(fn() => Rsa::from('private.pkcs8://AAAA')), "\n";
// the factory reads the objects through openssl_pkey_get_details() then
$client = WeChatPay\Builder::factory(['mchid' => $k['mchid'], 'serial' => $k['merchant_serial'],
    'privateKey' => Rsa::from($f['pkcs8_path']),
    'certs' => [$k['platform_serial'] => Rsa::from('file://' . $k['platform_cert'], 'public')]]);
echo get_class($client), " cache=", $stats(), "\n";
?>
--EXPECT--
pkcs8_path OpenSSLAsymmetricKey works=true cache=1,1
pkcs1      OpenSSLAsymmetricKey works=true cache=1,1
spki_path  OpenSSLAsymmetricKey works=true cache=2,2
cert       OpenSSLAsymmetricKey works=true cache=2,2
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
WeChatPay\BuilderNode cache=2,2
