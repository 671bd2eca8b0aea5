--TEST--
PemUtil::loadCertificate(): the file's certificate as an OpenSSLCertificate (false when it holds none); an unreadable file is an \UnexpectedValueException after PHP's warning
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$cert = PemUtil::loadCertificate($keys['platform_cert']);
var_dump(get_class($cert), openssl_x509_parse($cert)['subject'] === openssl_x509_parse(file_get_contents($keys['platform_cert']))['subject']);
// Any PHP stream path: file:// too (no prefix is added or needed).
var_dump(get_class(PemUtil::loadCertificate('file://' . $keys['platform_cert'])));
// It verifies what the platform key signed, as a certificate object should.
openssl_sign('m', $sig, openssl_pkey_get_private('file://' . $keys['platform_private_key']), OPENSSL_ALGO_SHA256);
var_dump(openssl_verify('m', $sig, $cert, OPENSSL_ALGO_SHA256));

try {
    PemUtil::loadCertificate('/nonexistent/cert.pem');
} catch (UnexpectedValueException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// A readable file without a certificate: openssl_x509_read()'s false and warning.
var_dump(PemUtil::loadCertificate($keys['merchant_private_key']));
while (openssl_error_string() !== false);
?>
--EXPECTF--
string(18) "OpenSSLCertificate"
bool(true)
string(18) "OpenSSLCertificate"
int(1)

Warning: file_get_contents(/nonexistent/cert.pem): Failed to open stream: No such file or directory in %s on line %d
UnexpectedValueException: Loading the certificate failed, please checking your /nonexistent/cert.pem input.

Warning: openssl_x509_read(): X.509 Certificate cannot be retrieved in %s on line %d
bool(false)
