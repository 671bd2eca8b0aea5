--TEST--
PemUtil: certificate and key files are read only when they are regular files of at most 1 MiB; a directory, /dev/zero, a FIFO or a larger file is refused (loadCertificate() says what is wrong), without being read or waited for
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl');
if (!function_exists('posix_mkfifo')) die('skip posix_mkfifo() missing'); ?>
--FILE--
<?php
use WeChatPay\Util\PemUtil;

require __DIR__ . '/../../inc/key_files.inc';
$keys = wxp_test_keys();
$certs = wxp_key_files(file_get_contents($keys['platform_cert']));
$private = wxp_key_files(file_get_contents($keys['merchant_private_key']));

function outcome(callable $fn): string
{
    try {
        $result = $fn();
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
    return is_object($result) ? get_class($result) : var_export($result, true);
}

$tmp = dirname($certs['dir']);
foreach (['dir', 'zero', 'fifo', 'big', 'over_limit', 'at_limit'] as $name) {
    echo "$name:\n";
    echo '  loadCertificate             ', str_replace($tmp, '<tmp>', outcome(fn() => PemUtil::loadCertificate($certs[$name]))), "\n";
    echo '  loadCertificate(file://)    ', str_replace($tmp, '<tmp>', outcome(fn() => PemUtil::loadCertificate('file://' . $certs[$name]))), "\n";
    echo '  loadCertificateFromString   ', outcome(fn() => @PemUtil::loadCertificateFromString('file://' . $certs[$name])), "\n";
    echo '  parseCertificateSerialNo    ', outcome(fn() => PemUtil::parseCertificateSerialNo('file://' . $certs[$name]) === $keys['platform_serial']), "\n";
    echo '  loadPrivateKey              ', outcome(fn() => PemUtil::loadPrivateKey($private[$name])), "\n";
}
// Other stream wrappers go through file_get_contents(), which reads one byte more than the limit at most.
echo str_replace($tmp, '<tmp>', outcome(fn() => PemUtil::loadCertificate('compress.zlib://' . $certs['big']))), "\n";
echo outcome(fn() => PemUtil::loadCertificate('compress.zlib://' . $certs['at_limit'])), "\n";
while (openssl_error_string() !== false);
?>
--EXPECT--
dir:
  loadCertificate             UnexpectedValueException: Loading the certificate failed, please checking your <tmp>/a-directory input: it is a directory.
  loadCertificate(file://)    UnexpectedValueException: Loading the certificate failed, please checking your file://<tmp>/a-directory input: it is a directory.
  loadCertificateFromString   false
  parseCertificateSerialNo    UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
  loadPrivateKey              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
zero:
  loadCertificate             UnexpectedValueException: Loading the certificate failed, please checking your /dev/zero input: it is not a regular file (a device, FIFO or socket).
  loadCertificate(file://)    UnexpectedValueException: Loading the certificate failed, please checking your file:///dev/zero input: it is not a regular file (a device, FIFO or socket).
  loadCertificateFromString   false
  parseCertificateSerialNo    UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
  loadPrivateKey              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
fifo:
  loadCertificate             UnexpectedValueException: Loading the certificate failed, please checking your <tmp>/fifo input: it is not a regular file (a device, FIFO or socket).
  loadCertificate(file://)    UnexpectedValueException: Loading the certificate failed, please checking your file://<tmp>/fifo input: it is not a regular file (a device, FIFO or socket).
  loadCertificateFromString   false
  parseCertificateSerialNo    UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
  loadPrivateKey              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
big:
  loadCertificate             UnexpectedValueException: Loading the certificate failed, please checking your <tmp>/big.pem input: it is larger than 1 MiB (a PEM key or certificate is a few KB).
  loadCertificate(file://)    UnexpectedValueException: Loading the certificate failed, please checking your file://<tmp>/big.pem input: it is larger than 1 MiB (a PEM key or certificate is a few KB).
  loadCertificateFromString   false
  parseCertificateSerialNo    UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
  loadPrivateKey              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
over_limit:
  loadCertificate             UnexpectedValueException: Loading the certificate failed, please checking your <tmp>/over_limit.pem input: it is larger than 1 MiB (a PEM key or certificate is a few KB).
  loadCertificate(file://)    UnexpectedValueException: Loading the certificate failed, please checking your file://<tmp>/over_limit.pem input: it is larger than 1 MiB (a PEM key or certificate is a few KB).
  loadCertificateFromString   false
  parseCertificateSerialNo    UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
  loadPrivateKey              UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
at_limit:
  loadCertificate             OpenSSLCertificate
  loadCertificate(file://)    OpenSSLCertificate
  loadCertificateFromString   OpenSSLCertificate
  parseCertificateSerialNo    true
  loadPrivateKey              OpenSSLAsymmetricKey
UnexpectedValueException: Loading the certificate failed, please checking your compress.zlib://<tmp>/big.pem input: it is larger than 1 MiB (a PEM key or certificate is a few KB).
OpenSSLCertificate
