<?php
/**
 * Generates throw-away RSA keys (and self-signed certificates) for the key-cache tests, with PHP's openssl
 * functions, in a child `php -n` so a test under valgrind does not generate keys itself:
 *
 *   php -n tests/inc/keycache_keygen.php DIR COUNT BITS
 *
 * writes DIR/key-I.pem (PKCS#8 private key) and DIR/cert-I.pem (a self-signed certificate of that key) for
 * I = 0 .. COUNT-1. Prints nothing on success (keys are never printed).
 */

declare(strict_types=1);

[$dir, $count, $bits] = [$argv[1] ?? '', (int) ($argv[2] ?? 0), (int) ($argv[3] ?? 2048)];
if (!is_dir($dir) || $count < 1) {
    fwrite(STDERR, "usage: php -n keycache_keygen.php DIR COUNT BITS\n");
    exit(2);
}
for ($i = 0; $i < $count; $i++) {
    $key = openssl_pkey_new(['private_key_bits' => $bits, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
    $csr = $key ? openssl_csr_new(['commonName' => "keycache test $i"], $key, ['digest_alg' => 'sha256']) : false;
    $cert = $csr ? openssl_csr_sign($csr, null, $key, 1, ['digest_alg' => 'sha256'], 0x1000 + $i) : false;
    if (!$cert || !openssl_pkey_export_to_file($key, "$dir/key-$i.pem") || !openssl_x509_export_to_file($cert, "$dir/cert-$i.pem")) {
        fwrite(STDERR, "key generation failed\n");
        exit(1);
    }
}
exit(0);
