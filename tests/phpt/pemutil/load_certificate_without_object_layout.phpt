--TEST--
PemUtil::loadCertificate*() with WECHATPAY_OPENSSL_OBJECTS=0 (the layout check off, as where it fails): openssl_x509_read() makes the objects, nothing is cached, everything works as before
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--ENV--
WECHATPAY_OPENSSL_OBJECTS=0
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
use WeChatPay\Util\PemUtil;

$k = wxp_test_keys();
$pem = file_get_contents($k['platform_cert']);
$serial = openssl_x509_parse($pem)['serialNumberHex'];
foreach ([fn() => PemUtil::loadCertificate($k['platform_cert']), fn() => PemUtil::loadCertificateFromString($pem)] as $how) {
    $cert = $how();
    $how();
    printf("%s same=%s parses=%d\n", get_class($cert), var_export(openssl_x509_parse($cert)['serialNumberHex'] === $serial, true),
        WeChatPay\Pool::stats()['key_parses']);
}
?>
--EXPECT--
OpenSSLCertificate same=true parses=0
OpenSSLCertificate same=true parses=0
