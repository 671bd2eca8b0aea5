--TEST--
PemUtil::parseCertificateSerialNo(): the serial in upper-case hex from PEM text, an OpenSSLCertificate or a file:// path, as openssl_x509_parse() gives it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$pem = file_get_contents($keys['platform_cert']);
$serial = PemUtil::parseCertificateSerialNo($pem);
var_dump($serial === $keys['platform_serial'], $serial === strtoupper(openssl_x509_parse($pem)['serialNumberHex']));
var_dump(PemUtil::parseCertificateSerialNo(openssl_x509_read($pem)) === $serial);
var_dump(PemUtil::parseCertificateSerialNo('file://' . $keys['platform_cert']) === $serial);
var_dump(PemUtil::parseCertificateSerialNo(PemUtil::loadCertificate($keys['merchant_cert'])) === $keys['merchant_serial']);

// Small serials keep their leading zero nibble (whole bytes), as PHP's serialNumberHex does.
$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$csr = openssl_csr_new(['commonName' => 'WeChatPay Community CI'], $key, ['digest_alg' => 'sha256']);
foreach ([0x0ABC, 1, 4660, PHP_INT_MAX] as $n) {
    openssl_x509_export(openssl_csr_sign($csr, null, $key, 1, ['digest_alg' => 'sha256'], $n), $text);
    printf("%d: %s %s\n", $n, PemUtil::parseCertificateSerialNo($text), strtoupper(openssl_x509_parse($text)['serialNumberHex']));
}
// A certificate after other PEM blocks is found, as openssl_x509_read() finds it.
openssl_pkey_export($key, $keyPem);
var_dump(PemUtil::parseCertificateSerialNo($keyPem . $pem) === $serial);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
2748: 0ABC 0ABC
1: 01 01
4660: 1234 1234
9223372036854775807: 7FFFFFFFFFFFFFFF 7FFFFFFFFFFFFFFF
bool(true)
