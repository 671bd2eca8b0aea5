<?php
/** Signs 2xx responses: Wechatpay-Timestamp/-Nonce/-Serial/-Signature over "TIMESTAMP\nNONCE\nBODY\n". */

declare(strict_types=1);

/**
 * The key that signs the answer to $req: the public-key-mode key when the request carried
 * `Wechatpay-Serial: PUB_KEY_ID_...` (our id), else the platform certificate's key.
 * Returns [serial or key id, private key path].
 */
function emu_signing_key(array $cfg, array $req): array
{
    if (($req['headers']['wechatpay-serial'] ?? null) === $cfg['pubkey_id']) {
        return [$cfg['pubkey_id'], $cfg['pubkey_private_key']];
    }
    return [$cfg['platform_serial'], $cfg['platform_private_key']];
}

/** 32 characters of [0-9A-Za-z], like the real nonces. */
function emu_nonce(): string
{
    $alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    $n = '';
    for ($i = 0; $i < 32; $i++) {
        $n .= $alphabet[random_int(0, 61)];
    }
    return $n;
}

/** base64(RSA-SHA256(message)) with the private key at $keyPath. */
function emu_rsa_sign(string $message, string $keyPath): string
{
    $key = openssl_pkey_get_private('file://' . $keyPath);
    if ($key === false || !openssl_sign($message, $sig, $key, OPENSSL_ALGO_SHA256)) {
        throw new RuntimeException("cannot sign with $keyPath");
    }
    return base64_encode($sig);
}

/**
 * Sends a signed response. $o may change what is signed or sent, for the fault endpoints:
 *   timestamp      int, default time()
 *   serial         the Wechatpay-Serial to send (the signing key does not change)
 *   signed_body    the bytes to sign instead of $body
 *   signature      the Wechatpay-Signature to send instead of the real one
 *   omit           list of header names not to send
 *   content_type   default application/json for a non-empty body
 */
function emu_send_signed(array $cfg, array $req, int $status, string $body, array $o = []): void
{
    [$serial, $keyPath] = emu_signing_key($cfg, $req);
    $ts = (string) ($o['timestamp'] ?? time());
    $nonce = emu_nonce();
    $signature = $o['signature'] ?? emu_rsa_sign("$ts\n$nonce\n" . ($o['signed_body'] ?? $body) . "\n", $keyPath);
    $headers = [
        'Wechatpay-Nonce' => $nonce,
        'Wechatpay-Signature' => $signature,
        'Wechatpay-Timestamp' => $ts,
        'Wechatpay-Serial' => $o['serial'] ?? $serial,
        'Wechatpay-Signature-Type' => 'WECHATPAY2-SHA256-RSA2048',
    ];
    if ($body !== '' || isset($o['content_type'])) {
        $headers = ['Content-Type' => $o['content_type'] ?? 'application/json; charset=utf-8'] + $headers;
    }
    foreach ($o['omit'] ?? [] as $name) {
        foreach (array_keys($headers) as $h) {
            if (strcasecmp($h, $name) === 0) {
                unset($headers[$h]);
            }
        }
    }
    emu_send($req, $status, $body, $headers);
}

/** A signed 200 JSON answer. */
function emu_send_signed_json(array $cfg, array $req, mixed $data, array $o = []): void
{
    emu_send_signed($cfg, $req, 200, emu_json($data), $o);
}
