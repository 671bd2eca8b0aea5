<?php
/**
 * GET /v3/certificates: the listed platform certificates (the configured one, or the set platforms.php manages),
 * each AES-256-GCM encrypted with the APIv3 key as the real API sends it (associated_data "certificate", a
 * 12-character nonce), in a 200 answer signed by the current signer:
 *   {"data":[{"serial_no","effective_time","expire_time","encrypt_certificate":{"algorithm":"AEAD_AES_256_GCM",
 *    "nonce","associated_data","ciphertext"}}, ...]}
 * Needs WXP_EMU_PLATFORM_CERT and WXP_EMU_APIV3_KEY_FILE (optional settings: 404 without them).
 */

declare(strict_types=1);

function emu_certificates(array $cfg, array $req): void
{
    if ($cfg['platform_cert'] === null || $cfg['apiv3_key_file'] === null) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', 'the emulator was started without the platform certificate or APIv3 key');
        return;
    }
    $key = (string) file_get_contents($cfg['apiv3_key_file']);
    $data = [];
    foreach ($cfg['platforms'] as $c) {
        $pem = (string) file_get_contents($c['cert']);
        $nonce = substr(emu_nonce(), 0, 12);
        $tag = '';
        $ciphertext = openssl_encrypt($pem, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag, 'certificate', 16);
        $x509 = openssl_x509_parse($pem);
        $data[] = [
            'serial_no' => $c['serial'],
            'effective_time' => gmdate('Y-m-d\TH:i:s+00:00', (int) $x509['validFrom_time_t']),
            'expire_time' => gmdate('Y-m-d\TH:i:s+00:00', (int) $x509['validTo_time_t']),
            'encrypt_certificate' => [
                'algorithm' => 'AEAD_AES_256_GCM',
                'nonce' => $nonce,
                'associated_data' => 'certificate',
                'ciphertext' => base64_encode($ciphertext . $tag),
            ],
        ];
    }
    emu_send_signed_json($cfg, $req, ['data' => $data]);
}
