--TEST--
PemUtil::loadCertificate() and loadCertificateFromString(): a certificate is read once per process for the same bytes (Pool::stats() key_parses), handed out as PHP's own OpenSSLCertificate that every openssl_x509_* function takes; the file is read on every call (a rewritten file gives the new certificate); text without a certificate and text naming a file stay with PHP
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keycache.inc';
use WeChatPay\Util\PemUtil;

$k = wxp_test_keys();
$parses = static fn(): int => WeChatPay\Pool::stats()['key_parses'];
$dir = wxp_keycache_generated(1);
$file = "$dir/loaded-cert.pem";
$pem = file_get_contents($k['platform_cert']);
$want = openssl_x509_parse($pem);

$load = static function (callable $how, string $name) use ($parses, $want): void {
    $costs = [];
    for ($i = 0; $i < 3; $i++) {
        $before = $parses();
        $cert = $how();
        $costs[] = $parses() - $before;
    }
    $info = openssl_x509_parse($cert);
    printf("%-24s parses %s  %s same=%s\n", $name, implode(',', $costs), get_class($cert),
        var_export($info['serialNumberHex'] === $want['serialNumberHex'], true));
};
$load(fn() => PemUtil::loadCertificate($k['platform_cert']), 'path');
$load(fn() => PemUtil::loadCertificate('file://' . $k['platform_cert']), 'file:// path (same bytes)');
$load(fn() => PemUtil::loadCertificateFromString($pem), 'PEM text (same bytes)');

// PHP's own objects: every openssl_x509_* function and the key functions take them
$cert = PemUtil::loadCertificateFromString($pem);
$copy = PemUtil::loadCertificateFromString($pem);
openssl_sign('m', $sig, openssl_pkey_get_private('file://' . $k['platform_private_key']), OPENSSL_ALGO_SHA256);
var_dump(openssl_verify('m', $sig, $cert, OPENSSL_ALGO_SHA256),
    openssl_x509_export($cert, $out) && openssl_x509_parse($out)['serialNumberHex'] === $want['serialNumberHex'],
    openssl_x509_fingerprint($cert) === openssl_x509_fingerprint($pem),
    openssl_x509_check_private_key($cert, 'file://' . $k['platform_private_key']),
    openssl_pkey_get_details(openssl_pkey_get_public($cert))['bits'],
    get_class(WeChatPay\Crypto\Rsa::from($cert, WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC)),
    $cert == $copy, $cert === $copy);
unset($cert, $copy, $out);
// an object freed while the cache keeps the certificate, then loaded again
echo get_class(PemUtil::loadCertificateFromString($pem)), "\n";

// the file is read on every call: a rewritten file gives the new certificate (parsed once), and back
wxp_keycache_replace($file, $pem);
$a = openssl_x509_parse(PemUtil::loadCertificate($file))['serialNumberHex'];
wxp_keycache_replace($file, file_get_contents("$dir/cert-0.pem"));
$before = $parses();
$b = openssl_x509_parse(PemUtil::loadCertificate($file))['serialNumberHex'];
echo "rewritten: ", var_export($a === $want['serialNumberHex'] && $b !== $a, true), " parses ", $parses() - $before, "\n";

// what stays with PHP: text without a certificate (PHP's warning and false), text naming a file
$before = $parses();
var_dump(PemUtil::loadCertificateFromString("no certificate here"));
var_dump(get_class(PemUtil::loadCertificateFromString('file://' . $k['platform_cert'])));
echo "parses ", $parses() - $before, "\n";
while (openssl_error_string() !== false);

?>
--EXPECTF--
path                     parses 1,0,0  OpenSSLCertificate same=true
file:// path (same bytes) parses 0,0,0  OpenSSLCertificate same=true
PEM text (same bytes)    parses 0,0,0  OpenSSLCertificate same=true
int(1)
bool(true)
bool(true)
bool(true)
int(2048)
string(20) "OpenSSLAsymmetricKey"
bool(false)
bool(false)
OpenSSLCertificate
rewritten: true parses 1

Warning: openssl_x509_read(): X.509 Certificate cannot be retrieved in %s on line %d
bool(false)
string(18) "OpenSSLCertificate"
parses 0
