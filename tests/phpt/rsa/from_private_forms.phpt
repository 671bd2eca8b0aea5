--TEST--
Rsa::from(): every private key form gives PHP's own OpenSSLAsymmetricKey of the same key, usable by openssl_*
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$want = rsa_modulus($f['spki']);
$inputs = [
    'PKCS#8 PEM' => [$f['pkcs8']],
    'PKCS#1 PEM' => [$f['pkcs1']],
    'PKCS#8 file://' => [$f['pkcs8_path']],
    'PKCS#1 file://' => [$f['pkcs1_path']],
    'private.pkcs8://' => ['private.pkcs8://' . $f['pkcs8_b64']],
    'private.pkcs1://' => ['private.pkcs1://' . $f['pkcs1_b64']],
    'key object' => [$f['private_obj']],
    '[encrypted PEM, passphrase]' => [[$f['encrypted'], 'wxp-pass']],
    '[encrypted file://, passphrase]' => [[$f['encrypted_path'], 'wxp-pass']],
    'PEM with a certificate first' => [$f['cert'] . $f['pkcs8']],
    'explicit KEY_TYPE_PRIVATE' => [$f['pkcs8'], Rsa::KEY_TYPE_PRIVATE],
    'any other $type is private' => [$f['pkcs1'], 'secret'],
];
foreach ($inputs as $name => $args) {
    $key = Rsa::from(...$args);
    $details = openssl_pkey_get_details($key);
    // openssl_* keep working on it: export it, sign with it, and load the export again
    openssl_pkey_export($key, $exported);
    openssl_sign('m', $sig, $key, OPENSSL_ALGO_SHA256);
    printf("%-32s %s private=%s same=%s verifies=%s reloads=%s\n", $name, get_class($key),
        var_export(isset($details['rsa']['d']), true), var_export(bin2hex($details['rsa']['n']) === $want, true),
        var_export(openssl_verify('m', $sig, $f['spki'], OPENSSL_ALGO_SHA256) === 1, true),
        var_export(rsa_modulus(Rsa::from($exported)) === $want, true));
}
// a key object comes back as a key object of the same key (PHP hands out a new object)
var_dump(rsa_modulus(Rsa::from(Rsa::from($f['pkcs8']))) === $want);
?>
--EXPECT--
PKCS#8 PEM                       OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
PKCS#1 PEM                       OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
PKCS#8 file://                   OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
PKCS#1 file://                   OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
private.pkcs8://                 OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
private.pkcs1://                 OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
key object                       OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
[encrypted PEM, passphrase]      OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
[encrypted file://, passphrase]  OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
PEM with a certificate first     OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
explicit KEY_TYPE_PRIVATE        OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
any other $type is private       OpenSSLAsymmetricKey private=true same=true verifies=true reloads=true
bool(true)
