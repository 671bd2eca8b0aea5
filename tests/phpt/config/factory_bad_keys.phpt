--TEST--
Builder::factory() refuses unusable keys with the entry's name and never quotes key material
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
$privatePem = file_get_contents($keys['merchant_private_key']);
$base = [
    'mchid' => '1900000001',
    'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'],
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
];
$cases = [
    'garbage private key' => ['privateKey' => "-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n"],
    'public key as private' => ['privateKey' => 'file://' . $keys['platform_public_key']],
    'missing key file' => ['privateKey' => 'file:///nonexistent/key.pem'],
    'certificate object as private' => ['privateKey' => openssl_x509_read(file_get_contents($keys['platform_cert']))],
    'other object' => ['privateKey' => new stdClass],
    'garbage cert' => ['certs' => ['SERIAL1' => 'garbage']],
    'cert id with space' => ['certs' => ['SER IAL' => 'file://' . $keys['platform_cert']]],
];
foreach ($cases as $name => $override) {
    try {
        WeChatPay\Builder::factory($override + $base);
        echo "$name: accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        $message = $e->getMessage();
        // Key material must never appear in a message.
        if (str_contains($message, substr(explode("\n", $privatePem)[1], 0, 16))) {
            echo "$name: LEAKS KEY MATERIAL\n";
        }
        echo "$name: ", preg_replace('/: error:.*$/', ': <openssl reason>', $message), "\n";
    }
}
?>
--EXPECTF--
garbage private key: Config 'privateKey' is not a usable RSA private key: %s
public key as private: Config 'privateKey' is not a usable RSA private key: %s
missing key file: Config 'privateKey' names a key file that cannot be read: file:///nonexistent/key.pem
certificate object as private: Config 'privateKey' must be a private key, a certificate (OpenSSLCertificate) was given
other object: Config 'privateKey' must be PEM text, a file:// path, an OpenSSLAsymmetricKey or an OpenSSLCertificate, stdClass given
garbage cert: Config 'certs[SERIAL1]' is not a usable RSA public (or certificate) key: %s
cert id with space: Config 'certs' keys must be serials or PUB_KEY_ID_... ids: non-empty printable ASCII without spaces, quotes, backslashes or commas
