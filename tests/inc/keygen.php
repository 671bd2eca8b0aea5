<?php
/**
 * Generates the test key material into a directory, with PHP's openssl functions:
 *
 *   php -n tests/inc/keygen.php keys DIR   merchant / platform / public-key-mode RSA-2048 keys and certs
 *   php -n tests/inc/keygen.php tls DIR    a test CA, a server certificate for 127.0.0.1/localhost, another CA
 *   php -n tests/inc/keygen.php v2 DIR     APIv2: the secret, a merchant CA, two merchant client certificates
 *                                          (the first one's key also encrypted, with its passphrase), a bank RSA pair
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
if (!in_array($what, ['keys', 'tls', 'v2'], true) || $dir === '') {
    fwrite(STDERR, "usage: php -n keygen.php keys|tls|v2 DIR\n");
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
$data = match ($what) {
    'keys' => kg_keys($dir),
    'tls' => kg_tls($dir),
    'v2' => kg_v2($dir),
};
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
    kg_write_secret("$dir/apiv3.key", kg_alnum(32));

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
    $conf = kg_ext_conf($dir);

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

/** $n characters of [0-9A-Za-z] (the APIv3 key, the APIv2 secret, passphrases). */
function kg_alnum(int $n): string
{
    $alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    $s = '';
    for ($i = 0; $i < $n; $i++) {
        $s .= $alnum[random_int(0, 61)];
    }
    return $s;
}

function kg_write_secret(string $path, string $secret): void
{
    file_put_contents($path, $secret);
    chmod($path, 0600);
}

/**
 * openssl_csr_new/_sign read X.509v3 extensions only from a config file: a throwaway one in $dir with our
 * sections (v3_ca, v3_server, v3_client). The caller unlinks it.
 */
function kg_ext_conf(string $dir): string
{
    $conf = "$dir/ext-openssl.cnf";
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
        [v3_client]
        basicConstraints = critical, CA:FALSE
        keyUsage = critical, digitalSignature, keyEncipherment
        extendedKeyUsage = clientAuth
        authorityKeyIdentifier = keyid
        CNF);
    return $conf;
}

/**
 * APIv2: the secret; a merchant CA (WeChat Pay issues the apiclient certificates) and two merchant client
 * certificates from it, RSA-2048 like the real apiclient_cert.pem / apiclient_key.pem; the first key once more
 * encrypted with a passphrase; the bank RSA pair whose public half /risk/getpublickey returns, as PKCS#1
 * ("BEGIN RSA PUBLIC KEY"), the form the real endpoint answers with.
 */
function kg_v2(string $dir): array
{
    $conf = kg_ext_conf($dir);
    $caKey = kg_rsa();
    $ca = kg_cert(['countryName' => 'CN', 'organizationName' => 'Tenpay.com', 'commonName' => 'wechatpay test merchant CA'],
        $caKey, null, $caKey, 3650, $conf, 'v3_ca');
    kg_write_cert($ca, "$dir/v2_ca_cert.pem");
    kg_write_key($caKey, "$dir/v2_ca_key.pem");

    $serials = [];
    foreach (['apiclient' => WXP_MCHID, 'other' => '1900000002'] as $name => $mchid) {
        $key = kg_rsa();
        $cert = kg_cert(['countryName' => 'CN', 'organizationName' => 'wechatpay test merchant',
            'organizationalUnitName' => "merchant $mchid", 'commonName' => $mchid], $key, $ca, $caKey, 825, $conf, 'v3_client');
        $serials[$name] = kg_write_cert($cert, "$dir/v2_{$name}_cert.pem");
        kg_write_key($key, "$dir/v2_{$name}_key.pem");
        if ($name === 'apiclient') {
            $passphrase = kg_alnum(20);
            openssl_pkey_export($key, $pem, $passphrase, ['encrypt_key_cipher' => OPENSSL_CIPHER_AES_256_CBC])
                ?: kg_fail('encrypted key export');
            file_put_contents("$dir/v2_apiclient_key_encrypted.pem", $pem);
            chmod("$dir/v2_apiclient_key_encrypted.pem", 0600);
            kg_write_secret("$dir/v2_passphrase", $passphrase);
        }
    }
    unlink($conf);

    $bank = kg_rsa();
    kg_write_key($bank, "$dir/v2_bank_key.pem");
    $rsa = openssl_pkey_get_details($bank)['rsa'];
    $der = kg_der(0x30, kg_der_int($rsa['n']) . kg_der_int($rsa['e']));
    file_put_contents("$dir/v2_bank_pub.pem",
        "-----BEGIN RSA PUBLIC KEY-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END RSA PUBLIC KEY-----\n");

    kg_write_secret("$dir/v2_secret", kg_alnum(32));
    return [
        'mchid' => WXP_MCHID,
        'cert_serial' => $serials['apiclient'],
        'other_serial' => $serials['other'],
        'files' => [
            'secret_file' => 'v2_secret',
            'passphrase_file' => 'v2_passphrase',
            'ca_cert' => 'v2_ca_cert.pem',
            'ca_key' => 'v2_ca_key.pem',
            'cert' => 'v2_apiclient_cert.pem',
            'key' => 'v2_apiclient_key.pem',
            'key_encrypted' => 'v2_apiclient_key_encrypted.pem',
            'other_cert' => 'v2_other_cert.pem',
            'other_key' => 'v2_other_key.pem',
            'bank_public_key' => 'v2_bank_pub.pem',
            'bank_private_key' => 'v2_bank_key.pem',
        ],
    ];
}

/** A DER TLV: $tag, the definite length, $content. */
function kg_der(int $tag, string $content): string
{
    $n = strlen($content);
    $len = $n < 0x80 ? chr($n) : (static function (int $n): string {
        $b = ltrim(pack('N', $n), "\0");
        return chr(0x80 | strlen($b)) . $b;
    })($n);
    return chr($tag) . $len . $content;
}

/** A DER INTEGER from unsigned big-endian bytes (a 0x00 in front when the top bit is set). */
function kg_der_int(string $bytes): string
{
    $bytes = ltrim($bytes, "\0");
    if ($bytes === '' || ord($bytes[0]) & 0x80) {
        $bytes = "\0" . $bytes;
    }
    return kg_der(0x02, $bytes);
}
