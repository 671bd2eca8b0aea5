--TEST--
Builder::factory(): a key file is a regular file of at most 1 MiB; a directory, /dev/zero, a FIFO or a larger file is refused, naming the entry and what is wrong, without reading it or waiting for it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!function_exists('posix_mkfifo')) die('skip posix_mkfifo() missing'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/key_files.inc';
$keys = wxp_test_keys();
$base = [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'],
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
];
$privateFiles = wxp_key_files(file_get_contents($keys['merchant_private_key']));
$certFiles = wxp_key_files(file_get_contents($keys['platform_cert']));

function attempt(string $name, array $config, array $files): void
{
    try {
        WeChatPay\Builder::factory($config);
        echo "$name: accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo "$name: ", str_replace(dirname($files['dir']), '<tmp>', $e->getMessage()), "\n";
    }
}

foreach (['dir', 'zero', 'fifo', 'big', 'over_limit', 'at_limit'] as $name) {
    attempt($name, ['privateKey' => "file://{$privateFiles[$name]}"] + $base, $privateFiles);
}
foreach (['dir', 'zero', 'fifo', 'big', 'over_limit', 'at_limit'] as $name) {
    attempt($name, ['certs' => [$keys['platform_serial'] => "file://{$certFiles[$name]}"]] + $base, $certFiles);
}
// What cannot be opened keeps its message.
attempt('missing', ['privateKey' => 'file://' . $privateFiles['dir'] . '/missing.pem'] + $base, $privateFiles);
?>
--EXPECTF--
dir: Config 'privateKey' names a key file that is a directory: file://<tmp>/a-directory
zero: Config 'privateKey' names a key file that is not a regular file (a device, FIFO or socket): file:///dev/zero
fifo: Config 'privateKey' names a key file that is not a regular file (a device, FIFO or socket): file://<tmp>/fifo
big: Config 'privateKey' names a key file that is larger than 1 MiB (a PEM key or certificate is a few KB): file://<tmp>/big.pem
over_limit: Config 'privateKey' names a key file that is larger than 1 MiB (a PEM key or certificate is a few KB): file://<tmp>/over_limit.pem
at_limit: accepted
dir: Config 'certs[%s]' names a key file that is a directory: file://<tmp>/a-directory
zero: Config 'certs[%s]' names a key file that is not a regular file (a device, FIFO or socket): file:///dev/zero
fifo: Config 'certs[%s]' names a key file that is not a regular file (a device, FIFO or socket): file://<tmp>/fifo
big: Config 'certs[%s]' names a key file that is larger than 1 MiB (a PEM key or certificate is a few KB): file://<tmp>/big.pem
over_limit: Config 'certs[%s]' names a key file that is larger than 1 MiB (a PEM key or certificate is a few KB): file://<tmp>/over_limit.pem
at_limit: accepted
missing: Config 'privateKey' names a key file that cannot be read: file://<tmp>/a-directory/missing.pem
