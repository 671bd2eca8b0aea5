--TEST--
PemUtil::loadCertificateFromString(): openssl_x509_read() of PEM text or a certificate object; false with its warning for anything else
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$pem = file_get_contents($keys['merchant_cert']);
$cert = PemUtil::loadCertificateFromString($pem);
var_dump(get_class($cert), PemUtil::parseCertificateSerialNo($cert) === $keys['merchant_serial']);
var_dump(get_class(PemUtil::loadCertificateFromString($cert)));
var_dump(PemUtil::loadCertificateFromString('garbage'));
try {
    PemUtil::loadCertificateFromString(42);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
while (openssl_error_string() !== false);
?>
--EXPECTF--
string(18) "OpenSSLCertificate"
bool(true)
string(18) "OpenSSLCertificate"

Warning: openssl_x509_read(): X.509 Certificate cannot be retrieved in %s on line %d
bool(false)
openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, int given
