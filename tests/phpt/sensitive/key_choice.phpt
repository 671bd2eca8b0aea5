--TEST--
Sensitive: the key rule: the first PUB_KEY_ID_ entry of certs; else the platform certificate that expires last (PEM, file:// or OpenSSLCertificate; ties: the first listed); a bare public key only when no certificate is there
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$k = wxp_test_keys();
$oldKey = openssl_pkey_get_private(file_get_contents($k['platform_private_key']));
$newKey = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
$cert = static function (OpenSSLAsymmetricKey $key, int $days, int $serial): string {
    $csr = openssl_csr_new(['commonName' => 'Tenpay.com Root CA'], $key, ['digest_alg' => 'sha256']);
    openssl_x509_export(openssl_csr_sign($csr, null, $key, $days, ['digest_alg' => 'sha256'], $serial), $pem);
    return $pem;
};
$soon = $cert($oldKey, 100, 0x1111);  // the certificate being retired
$later = $cert($newKey, 800, 0x2222); // its successor, valid longer
$bare = openssl_pkey_get_details($newKey)['key'];
$soonFile = tempnam(sys_get_temp_dir(), 'wxp-soon-');
file_put_contents($soonFile, $soon);
register_shutdown_function('unlink', $soonFile);
$pubkey = file_get_contents($k['pubkey_public_key']);

$cases = [
    'retiring first' => ['SOON' => $soon, 'LATER' => $later],
    'retiring last' => ['LATER' => $later, 'SOON' => $soon],
    'file:// and an OpenSSLCertificate' => ['SOON' => 'file://' . $soonFile, 'LATER' => openssl_x509_read($later)],
    'tie: first listed' => ['FIRST' => $later, 'SECOND' => $later],
    'bare key before a certificate' => ['BARE' => $bare, 'SOON' => $soon],
    'bare keys only' => ['BARE1' => $bare, 'BARE2' => $pubkey],
    'public-key mode after certificates' => ['SOON' => $soon, 'LATER' => $later, 'PUB_KEY_ID_0114232134912410000000000001' => $pubkey, 'PUB_KEY_ID_0114232134912410000000000002' => $bare],
    'a null entry (none yet) is skipped' => ['any' => null, 'SOON' => $soon],
];
foreach ($cases as $what => $certs) {
    $client = WeChatPay\Builder::factory(wxp_test_config(['certs' => $certs]));
    $s = WeChatPay\Sensitive::encrypt($client, "for $what");
    $private = match (true) {
        in_array($s->getSerial(), ['SOON'], true) => $oldKey,
        str_starts_with($s->getSerial(), 'PUB_KEY_ID_') && str_ends_with($s->getSerial(), '1') => file_get_contents($k['pubkey_private_key']),
        default => $newKey,
    };
    $ok = openssl_private_decrypt(base64_decode((string) $s), $plain, $private, OPENSSL_PKCS1_OAEP_PADDING);
    echo str_pad($what, 36), ' ', $s->getSerial(), ' ', $ok && $plain === "for $what" ? 'decrypts' : 'DOES NOT DECRYPT', "\n";
}
?>
--EXPECT--
retiring first                       LATER decrypts
retiring last                        LATER decrypts
file:// and an OpenSSLCertificate    LATER decrypts
tie: first listed                    FIRST decrypts
bare key before a certificate        SOON decrypts
bare keys only                       BARE1 decrypts
public-key mode after certificates   PUB_KEY_ID_0114232134912410000000000001 decrypts
a null entry (none yet) is skipped   SOON decrypts
