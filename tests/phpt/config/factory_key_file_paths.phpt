--TEST--
Builder::factory(): a file:// key path is resolved as openssl_sign() and openssl_verify() resolve it (wechatpay-php hands the factory's keys to them): relative to the working directory, no other scheme after file://, no NUL byte, within open_basedir
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$path = $keys['merchant_private_key'];
$base = [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => "file://$path",
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
];

/** Tries $value as config $entry, and says whether PHP's openssl functions read the same string as a key. */
function attempt(string $name, string $entry, string $value): void
{
    global $base, $keys;
    try {
        $openssl = ($entry === 'privateKey' ? @openssl_pkey_get_private($value) : @openssl_pkey_get_public($value))
            !== false ? 'reads it' : 'does not';
    } catch (ValueError $e) {
        $openssl = 'throws ValueError';
    }
    $config = $entry === 'privateKey' ? ['privateKey' => $value] + $base : ['certs' => [$keys['platform_serial'] => $value]] + $base;
    try {
        WeChatPay\Builder::factory($config);
        echo "$name: accepted (openssl $openssl)\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', str_replace(dirname($keys['merchant_private_key']), '<keys>', $e->getMessage()),
            " (openssl $openssl)\n";
    }
}

chdir(dirname($path));
attempt('relative', 'privateKey', 'file://' . basename($path));
attempt('relative certificate', 'certs', 'file://' . basename($keys['platform_cert']));
attempt('dot segments', 'privateKey', 'file://' . dirname($path) . '/./../' . basename(dirname($path)) . '/' . basename($path));
attempt('file://localhost/', 'privateKey', "file://localhost$path");
attempt('NUL byte', 'privateKey', "file://$path\0.pem");
attempt('file:// alone', 'privateKey', 'file://');
attempt('FILE://', 'privateKey', "FILE://$path");
ini_set('open_basedir', __DIR__);
attempt('outside open_basedir', 'privateKey', "file://$path");
?>
--EXPECTF--
relative: accepted (openssl reads it)
relative certificate: accepted (openssl reads it)
dot segments: accepted (openssl reads it)
file://localhost/: WeChatPay\Exception\InvalidArgumentException: Config 'privateKey' names a key file that cannot be read: file://localhost<keys>/%s (openssl does not)
NUL byte: WeChatPay\Exception\InvalidArgumentException: Config 'privateKey' names a key file that cannot be read: file://<keys>/%s (openssl throws ValueError)
file:// alone: WeChatPay\Exception\InvalidArgumentException: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY') (openssl does not)
FILE://: WeChatPay\Exception\InvalidArgumentException: Config 'privateKey' is not a usable RSA private key: No complete PEM block found: expected an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY') (openssl does not)

Warning: WeChatPay\Builder::factory(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
outside open_basedir: WeChatPay\Exception\InvalidArgumentException: Config 'privateKey' names a key file that cannot be read: file://<keys>/%s (openssl does not)
