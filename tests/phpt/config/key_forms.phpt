--TEST--
Keys are accepted as PEM text, file:// paths, OpenSSL objects and Rsa::from() results, and calls verify with each
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
use WeChatPay\Crypto\Rsa;

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$privatePem = file_get_contents($keys['merchant_private_key']);
$certPem = file_get_contents($keys['platform_cert']);
$platformPublicPem = file_get_contents($keys['platform_public_key']);
$forms = [
    'PEM text' => [$privatePem, $certPem],
    'file:// paths' => ['file://' . $keys['merchant_private_key'], 'file://' . $keys['platform_cert']],
    'openssl objects' => [openssl_pkey_get_private($privatePem), openssl_x509_read($certPem)],
    'public key object' => ['file://' . $keys['merchant_private_key'], openssl_pkey_get_public($platformPublicPem)],
    'public key PEM' => ['file://' . $keys['merchant_private_key'], $platformPublicPem],
    'Rsa::from' => [Rsa::from('file://' . $keys['merchant_private_key'], Rsa::KEY_TYPE_PRIVATE),
                    Rsa::from('file://' . $keys['platform_cert'], Rsa::KEY_TYPE_PUBLIC)],
];
foreach ($forms as $name => [$private, $public]) {
    $instance = WeChatPay\Builder::factory(wxp_config($emu, [
        'privateKey' => $private,
        'certs' => [$keys['platform_serial'] => $public],
    ]));
    $response = $instance->v3->emulator->echo->get();
    echo $name, ': ', $response->getStatusCode(), "\n";
}
var_dump(Rsa::from($privatePem) instanceof OpenSSLAsymmetricKey);
try {
    Rsa::from('not a key');
} catch (UnexpectedValueException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// as in wechatpay-php, any $type other than Rsa::KEY_TYPE_PUBLIC loads a private key
var_dump(Rsa::from($privatePem, 'secret') instanceof OpenSSLAsymmetricKey);
?>
--EXPECT--
PEM text: 200
file:// paths: 200
openssl objects: 200
public key object: 200
public key PEM: 200
Rsa::from: 200
bool(true)
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
bool(true)
