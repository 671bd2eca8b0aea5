--TEST--
PemUtil::parseCertificateSerialNo(): no certificate is an \UnexpectedValueException with the package's message; no string or certificate a TypeError
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
foreach (['garbage', '', "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
          file_get_contents($keys['merchant_private_key']), 'file:///nonexistent/cert.pem'] as $bad) {
    try {
        PemUtil::parseCertificateSerialNo($bad);
        echo "no exception\n";
    } catch (UnexpectedValueException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([123, null, new stdClass(), openssl_pkey_get_private('file://' . $keys['merchant_private_key'])] as $bad) {
    try {
        PemUtil::parseCertificateSerialNo($bad);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
while (openssl_error_string() !== false);
?>
--EXPECT--
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, int given
TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, null given
TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, stdClass given
TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, OpenSSLAsymmetricKey given
