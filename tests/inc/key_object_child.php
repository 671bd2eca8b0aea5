<?php
/**
 * Run by tests/phpt/config/key_objects_without_export.phpt in a `php -n` child whose OPENSSL_CONF names no
 * file, so OpenSSL's configuration cannot be loaded: reads the merchant key into an object and hands it to
 * Builder::factory() and Crypto\Rsa. Arguments: the private key file, the platform certificate file, the
 * merchant serial, the platform serial.
 */

declare(strict_types=1);

[, $privatePath, $certPath, $serial, $platformSerial] = $argv;
$key = openssl_pkey_get_private((string) file_get_contents($privatePath));
echo 'openssl_pkey_export: ', var_export(@openssl_pkey_export($key, $pem), true), "\n";
echo 'openssl_sign: ', var_export(openssl_sign('message', $signature, $key, OPENSSL_ALGO_SHA256), true), "\n";
$client = WeChatPay\Builder::factory([
    'mchid' => '1900000001',
    'serial' => $serial,
    'privateKey' => $key,
    'certs' => [$platformSerial => openssl_x509_read((string) file_get_contents($certPath))],
]);
echo 'factory: ', get_class($client), "\n";
echo 'Rsa::sign: ', var_export(WeChatPay\Crypto\Rsa::sign('message', $key) === base64_encode($signature), true), "\n";
