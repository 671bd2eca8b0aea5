--TEST--
Meta: composer.json is a PIE package (type php-ext) that agrees with package.xml, config.m4, LICENSE and the C sources
--DESCRIPTION--
PIE installs from composer.json, pecl from package.xml, and configure and the module check on their own: all of
them must state the same version, PHP minimum, required extensions and licence.
- version: package.xml's <release> is PHP_WECHATPAY_VERSION (an ext/ header, wherever it lives); composer.json
  has none (Packagist reads it from the git tag), or the same one
- PHP minimum: composer.json's "php": ">=X.Y", package.xml's <php><min>X.Y.0, config.m4's PHP_VERSION_ID check
- extensions: composer.json's ext-*, package.xml's <extension>, config.m4's PHP_ADD_EXTENSION_DEP and the module's
  ZEND_MOD_REQUIRED list
- licence: composer.json's "license", package.xml's <license>, the LICENSE file's title
--FILE--
<?php
$root = dirname(__DIR__, 3);
$read = static fn(string $f): string => (string) @file_get_contents("$root/$f");
$agree = static function (string $what, array $values): void {
    $distinct = array_unique($values);
    echo "$what: ", count($distinct) === 1 && reset($distinct) !== '' ? 'agree' : 'DIFFER ' . json_encode($values), "\n";
};

try {
    $composer = json_decode($read('composer.json'), true, 16, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    die('composer.json is not valid JSON: ' . $e->getMessage() . "\n");
}
$xml = $read('package.xml');
$m4 = $read('config.m4');

echo 'type: ', $composer['type'] ?? '(none)', "\n";
echo 'extension-name: ', $composer['php-ext']['extension-name'] ?? '(none)', "\n";
$name = $composer['name'] ?? '';
echo 'name: ', preg_match('~^[a-z0-9]([_.-]?[a-z0-9]+)*/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$~', $name)
    && $name !== 'wechatpay/wechatpay' ? 'a Composer name of its own' : "BAD ($name)", "\n";

// The sources: every header and C file under ext/ (the layer may be split into folders).
$sources = '';
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/ext", FilesystemIterator::SKIP_DOTS)) as $f) {
    if (preg_match('~\.[ch]$~', $f)) {
        $sources .= file_get_contents((string) $f) . "\n";
    }
}

preg_match('~#define\s+PHP_WECHATPAY_VERSION\s+"([^"]+)"~', $sources, $hv);
preg_match('~<version>\s*<release>([^<]+)</release>~', $xml, $xv);
$versions = ['ext' => $hv[1] ?? '', 'package.xml' => $xv[1] ?? ''];
if (isset($composer['version'])) {
    $versions['composer.json'] = $composer['version'];
}
$agree('version', $versions);

preg_match('~^>=\s*(\d+\.\d+)$~', $composer['require']['php'] ?? '', $cp);
preg_match('~<php>\s*<min>(\d+\.\d+)\.0</min>~', $xml, $xp);
preg_match('~"\$PHP_VERSION_ID" -lt (\d+)(\d\d)(\d\d);~', $m4, $mp);
$agree('php minimum', ['composer.json' => $cp[1] ?? '', 'package.xml' => $xp[1] ?? '',
    'config.m4' => isset($mp[1]) ? $mp[1] . '.' . (int) $mp[2] : '']);

$exts = static function (array $names): string {
    $names = array_map('strtolower', $names);
    sort($names);
    return implode(' ', $names);
};
preg_match('~<required>(.*?)</required>~s', $xml, $req);
preg_match_all('~<extension>\s*<name>([^<]+)</name>~', $req[1] ?? '', $xe);
preg_match_all('~PHP_ADD_EXTENSION_DEP\(\s*\[?wechatpay\]?\s*,\s*\[?(\w+)\]?~', $m4, $me);
preg_match_all('~ZEND_MOD_REQUIRED\("(\w+)"\)~', $sources, $ce);
$ext = $exts($ce[1]);
echo "extensions the module requires: $ext\n";
$agree('extensions', [
    'ext' => $ext,
    'composer.json' => $exts(array_map(static fn($k) => substr($k, 4),
        array_filter(array_keys($composer['require'] ?? []), static fn($k) => str_starts_with($k, 'ext-')))),
    'package.xml' => $exts($xe[1]),
    'config.m4' => $exts($me[1]),
]);

preg_match('~<license\b[^>]*>([^<]+)</license>~', $xml, $xl);
$licenceFile = preg_replace('~\s+~', ' ', substr($read('LICENSE'), 0, 200));
$titled = str_starts_with(trim($licenceFile), 'Apache License Version 2.0') ? 'Apache-2.0' : "LICENSE: $licenceFile";
$agree('licence', ['composer.json' => $composer['license'] ?? '', 'package.xml' => $xl[1] ?? '', 'LICENSE' => $titled]);
?>
--EXPECT--
type: php-ext
extension-name: wechatpay
name: a Composer name of its own
version: agree
php minimum: agree
extensions the module requires: json openssl spl
extensions: agree
licence: agree
