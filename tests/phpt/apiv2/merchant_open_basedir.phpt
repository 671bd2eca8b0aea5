--TEST--
Config 'merchant': the files are read through PHP's streams, so open_basedir applies (PHP's warning, then the entry's exception)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/merchant_files.inc';
$f = wxp_merchant_files(__DIR__ . '/merchant_open_basedir.d');
$merchant = ['cert' => $f['cert'], 'key' => $f['key']];
// the v3 keys as text: only the merchant files are read once open_basedir is set
$config = wxp_test_config();
$config['privateKey'] = file_get_contents(substr($config['privateKey'], 7));
$config['certs'] = array_map(fn ($c) => file_get_contents(substr($c, 7)), $config['certs']);
echo 'inside: ', get_class(WeChatPay\Builder::factory($config + ['merchant' => $merchant])), "\n";

mkdir($f['dir'] . '/inner');
copy($f['cert'], $f['dir'] . '/inner/cert.pem');
$base64 = implode('', array_slice(explode("\n", file_get_contents($f['key'])), 1, -2));
ini_set('open_basedir', $f['dir'] . '/inner');
try {
    WeChatPay\Builder::factory($config + ['merchant' => $merchant]);
    echo "outside: accepted\n";
} catch (Throwable $e) {
    echo 'outside: ', get_class($e), ': ', str_replace($f['dir'], '{DIR}', $e->getMessage()), "\n";
}
// the key's Base64 given for its path: refused before anything is opened, so no warning shows it either
try {
    WeChatPay\Builder::factory($config + ['merchant' => ['cert' => $f['dir'] . '/inner/cert.pem', 'key' => $base64]]);
} catch (Throwable $e) {
    echo 'Base64 for a path: ', get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../../inc/keys.inc';
wxp_remove_tree(__DIR__ . '/merchant_open_basedir.d');
?>
--EXPECTF--
inside: WeChatPay\BuilderNode

Warning: WeChatPay\Builder::factory(): open_basedir restriction in effect. File(%s/cert.pem) is not within the allowed path(s): (%s/inner) in %s on line %d
outside: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'cert' ({DIR}/cert.pem) cannot be read
Base64 for a path: WeChatPay\Exception\InvalidArgumentException: Config 'merchant' 'key' must be the path of its file, not the file's text
