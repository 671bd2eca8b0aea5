--TEST--
PemUtil::parseCertificateSerialNo(): a certificate's serial is decoded once per process for the same bytes (Pool::stats() key_parses), the file read on every call: a rewritten file gives the new serial, open_basedir is still honoured
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keycache.inc';
use WeChatPay\Util\PemUtil;

$k = wxp_test_keys();
$parses = static fn(): int => WeChatPay\Pool::stats()['key_parses'];
$dir = wxp_keycache_generated(1);
$file = "$dir/cert.pem";
$serial = static function ($thing) use ($parses): string {
    $before = $parses();
    $hex = PemUtil::parseCertificateSerialNo($thing);
    return sprintf('%s (parses %d)', $hex === PemUtil::parseCertificateSerialNo($thing) ? 'same' : 'DIFFERENT', $parses() - $before);
};
$platform = strtoupper(openssl_x509_parse(file_get_contents($k['platform_cert']))['serialNumberHex']);
$generated = strtoupper(openssl_x509_parse(file_get_contents("$dir/cert-0.pem"))['serialNumberHex']);

echo "file://: ", $serial('file://' . $k['platform_cert']), "\n";
echo "PEM text, same bytes: ", $serial(file_get_contents($k['platform_cert'])), "\n";
echo "right serial: ", var_export(PemUtil::parseCertificateSerialNo('file://' . $k['platform_cert']) === $platform, true), "\n";
wxp_keycache_replace($file, file_get_contents($k['platform_cert']));
echo "copy: ", $serial("file://$file"), "\n";
wxp_keycache_replace($file, file_get_contents("$dir/cert-0.pem"));
echo "rewritten: ", $serial("file://$file"), " ", var_export(PemUtil::parseCertificateSerialNo("file://$file") === $generated, true), "\n";
wxp_keycache_replace($file, file_get_contents($k['platform_cert']));
echo "restored: ", $serial("file://$file"), " ", var_export(PemUtil::parseCertificateSerialNo("file://$file") === $platform, true), "\n";
ini_set('open_basedir', $dir); // the generated directory stays reachable for its removal at shutdown
try {
    PemUtil::parseCertificateSerialNo('file://' . $k['platform_cert']);
} catch (UnexpectedValueException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
file://: same (parses 1)
PEM text, same bytes: same (parses 0)
right serial: true
copy: same (parses 0)
rewritten: same (parses 1) true
restored: same (parses 0) true

Warning: openssl_x509_parse(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
