<?php
/**
 * Generates the test key material into a directory, with PHP's openssl functions:
 *
 *   php -n tests/inc/keygen.php keys DIR   merchant / platform / public-key-mode RSA-2048 keys and certs
 *   php -n tests/inc/keygen.php tls DIR    a test CA, a server certificate for 127.0.0.1/localhost, another CA
 *
 * Idempotent and safe to run concurrently (flock on DIR/.lock): a populated DIR is left alone. The
 * manifest (keys.json / tls.json) is written last, by rename, so readers never see a half-made set.
 * Prints nothing on success (keys are never printed). Run from keys.inc/tls.inc in a child `php -n` so a
 * test process under valgrind does not generate RSA keys itself.
 */

declare(strict_types=1);

const WXP_MCHID = '1900000001';
const WXP_PUBKEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';

[$what, $dir] = [$argv[1] ?? '', $argv[2] ?? ''];
if (!in_array($what, ['keys', 'tls'], true) || $dir === '') {
    fwrite(STDERR, "usage: php -n keygen.php keys|tls DIR\n");
    exit(2);
}
if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
    fwrite(STDERR, "cannot create $dir\n");
    exit(1);
}
$lock = fopen("$dir/.lock", 'c');
flock($lock, LOCK_EX);
$manifest = "$dir/$what.json";
if (is_file($manifest)) {
    exit(0);
}
$data = $what === 'keys' ? kg_keys($dir) : kg_tls($dir);
file_put_contents("$manifest.tmp", json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
rename("$manifest.tmp", $manifest);
exit(0);

function kg_fail(string $what): never
{
    $e = [];
    while (($m = openssl_error_string()) !== false) {
        $e[] = $m;
    }
    fwrite(STDERR, "keygen: $what failed: " . implode('; ', $e) . "\n");
    exit(1);
}

function kg_rsa(): OpenSSLAsymmetricKey
{
    return openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA])
        ?: kg_fail('RSA key generation');
}

function kg_ec(): OpenSSLAsymmetricKey
{
    // EC for the TLS material: generated in microseconds, and any TLS stack takes it.
    return openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1'])
        ?: kg_fail('EC key generation');
}

/** Writes the private key (PKCS#8 PEM, which OpenSSL 3 exports by default) and the public key. */
function kg_write_key(OpenSSLAsymmetricKey $key, string $privPath, ?string $pubPath = null): void
{
    openssl_pkey_export($key, $pem) ?: kg_fail('key export');
    file_put_contents($privPath, $pem);
    chmod($privPath, 0600);
    if ($pubPath !== null) {
        file_put_contents($pubPath, openssl_pkey_get_details($key)['key']);
    }
}

/** A positive serial whose hex form always has 16 digits. */
function kg_serial(): int
{
    return random_int(0x1000000000000000, PHP_INT_MAX);
}

/**
 * Issues a certificate for $key, signed by $caKey/$caCert (self-signed when $caCert is null).
 * $ext names a section of $conf (an openssl config file) for the X.509v3 extensions.
 */
function kg_cert(array $dn, OpenSSLAsymmetricKey $key, ?OpenSSLCertificate $caCert, OpenSSLAsymmetricKey $caKey,
    int $days, ?string $conf = null, ?string $ext = null): OpenSSLCertificate
{
    $o = ['digest_alg' => 'sha256'];
    if ($conf !== null) {
        $o['config'] = $conf;
        $o['x509_extensions'] = $ext; // applied when signing; the CSR itself carries none
    }
    $csr = openssl_csr_new($dn, $key, $o) ?: kg_fail('CSR');
    return openssl_csr_sign($csr, $caCert, $caKey, $days, $o, kg_serial()) ?: kg_fail('certificate signing');
}

function kg_write_cert(OpenSSLCertificate $cert, string $path): string
{
    openssl_x509_export($cert, $pem) ?: kg_fail('certificate export');
    file_put_contents($path, $pem);
    return strtoupper(openssl_x509_parse($cert)['serialNumberHex']);
}

function kg_keys(string $dir): array
{
    $merchant = kg_rsa();
    kg_write_key($merchant, "$dir/merchant_key.pem", "$dir/merchant_pub.pem");
    $mCert = kg_cert(['countryName' => 'CN', 'organizationName' => 'wechatpay test merchant',
        'organizationalUnitName' => 'wechatpay test', 'commonName' => WXP_MCHID], $merchant, null, $merchant, 3650);
    $mSerial = kg_write_cert($mCert, "$dir/merchant_cert.pem");

    $platform = kg_rsa();
    kg_write_key($platform, "$dir/platform_key.pem", "$dir/platform_pub.pem");
    $pCert = kg_cert(['countryName' => 'CN', 'stateOrProvinceName' => 'Guangdong', 'localityName' => 'Shenzhen',
        'organizationName' => 'Tenpay.com', 'organizationalUnitName' => 'Tenpay.com CA Center',
        'commonName' => 'Tenpay.com'], $platform, null, $platform, 3650);
    $pSerial = kg_write_cert($pCert, "$dir/platform_cert.pem");

    $pub = kg_rsa();
    kg_write_key($pub, "$dir/pubkey_key.pem", "$dir/pubkey_pub.pem");

    // The APIv3 key is 32 ASCII characters (AEAD_AES_256_GCM key for certificates and callbacks).
    $alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    $apiv3 = '';
    for ($i = 0; $i < 32; $i++) {
        $apiv3 .= $alnum[random_int(0, 61)];
    }
    file_put_contents("$dir/apiv3.key", $apiv3);
    chmod("$dir/apiv3.key", 0600);

    return [
        'mchid' => WXP_MCHID,
        'merchant_serial' => $mSerial,
        'platform_serial' => $pSerial,
        'pubkey_id' => WXP_PUBKEY_ID,
        'files' => [
            'merchant_private_key' => 'merchant_key.pem',
            'merchant_public_key' => 'merchant_pub.pem',
            'merchant_cert' => 'merchant_cert.pem',
            'platform_private_key' => 'platform_key.pem',
            'platform_public_key' => 'platform_pub.pem',
            'platform_cert' => 'platform_cert.pem',
            'pubkey_private_key' => 'pubkey_key.pem',
            'pubkey_public_key' => 'pubkey_pub.pem',
            'apiv3_key_file' => 'apiv3.key',
        ],
    ];
}

function kg_tls(string $dir): array
{
    // openssl_csr_new/_sign read extensions only from a config file: a throwaway one with our sections.
    $conf = "$dir/tls-openssl.cnf";
    file_put_contents($conf, <<<CNF
        [req]
        distinguished_name = dn
        [dn]
        [v3_ca]
        basicConstraints = critical, CA:TRUE
        keyUsage = critical, keyCertSign, cRLSign
        subjectKeyIdentifier = hash
        [v3_server]
        basicConstraints = critical, CA:FALSE
        keyUsage = critical, digitalSignature, keyEncipherment
        extendedKeyUsage = serverAuth
        subjectAltName = IP:127.0.0.1, DNS:localhost
        authorityKeyIdentifier = keyid
        CNF);

    $caKey = kg_ec();
    $ca = kg_cert(['commonName' => 'wechatpay test CA', 'organizationName' => 'wechatpay tests'],
        $caKey, null, $caKey, 3650, $conf, 'v3_ca');
    kg_write_cert($ca, "$dir/ca_cert.pem");
    kg_write_key($caKey, "$dir/ca_key.pem");

    $srvKey = kg_ec();
    $srv = kg_cert(['commonName' => 'localhost', 'organizationName' => 'wechatpay tests'],
        $srvKey, $ca, $caKey, 825, $conf, 'v3_server');
    kg_write_cert($srv, "$dir/server_cert.pem");
    kg_write_key($srvKey, "$dir/server_key.pem");

    $otherKey = kg_ec();
    $other = kg_cert(['commonName' => 'unrelated test CA', 'organizationName' => 'somebody else'],
        $otherKey, null, $otherKey, 3650, $conf, 'v3_ca');
    kg_write_cert($other, "$dir/other_ca_cert.pem");
    kg_write_key($otherKey, "$dir/other_ca_key.pem");
    unlink($conf);

    return ['files' => [
        'ca' => 'ca_cert.pem', 'ca_key' => 'ca_key.pem',
        'server_cert' => 'server_cert.pem', 'server_key' => 'server_key.pem',
        'other_ca' => 'other_ca_cert.pem', 'other_ca_key' => 'other_ca_key.pem',
    ]];
}
