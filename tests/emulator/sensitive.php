<?php
/**
 * Encrypted fields (WeChatPay\Sensitive; the package's Rsa::encrypt()), as WeChat Pay reads them:
 *   POST /v3/emulator/sensitive   any JSON body. Every string of it that reads as Base64 of one RSA block
 *       (strict Base64, 128 characters or more) is an encrypted field, decrypted with RSA-OAEP (SHA-1) by the
 *       private key the request's Wechatpay-Serial names: the platform certificate's or the public key's
 *       (PUB_KEY_ID_...). An unknown Wechatpay-Serial was already refused by the router (400 PARAM_ERROR).
 *       encrypted fields, no Wechatpay-Serial        400 PARAM_ERROR
 *       a field that the named key cannot decrypt    400 PARAM_ERROR (says whether the other key would)
 *       else 200 signed {"serial": the header or null, "decrypted": {"dotted.path": plaintext, ...}}
 */

declare(strict_types=1);

function emu_sensitive(array $cfg, array $req): void
{
    $body = json_decode($req['body'], true);
    if (!is_array($body)) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'the body must be a JSON object or array');
        return;
    }
    $fields = [];
    emu_sensitive_fields($body, '', $fields);
    $serial = $req['headers']['wechatpay-serial'] ?? null;
    if ($fields !== [] && $serial === null) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'Wechatpay-Serial is required with encrypted fields ('
            . implode(', ', array_keys($fields)) . ')');
        return;
    }
    $keys = emu_platforms_keys($cfg) + [$cfg['pubkey_id'] => $cfg['pubkey_private_key']];
    $decrypted = [];
    foreach ($fields as $path => $raw) {
        $plain = emu_sensitive_decrypt($raw, $keys[$serial]);
        if ($plain === null) {
            $other = null;
            foreach ($keys as $id => $file) {
                if ($id !== $serial && emu_sensitive_decrypt($raw, $file) !== null) {
                    $other = $id;
                }
            }
            emu_send_error($req, 400, 'PARAM_ERROR', "field $path does not decrypt under Wechatpay-Serial $serial"
                . ($other !== null ? " (it was encrypted for $other)" : ''));
            return;
        }
        $decrypted[$path] = $plain;
    }
    emu_send_signed_json($cfg, $req, ['serial' => $serial, 'decrypted' => (object) $decrypted]);
}

/** Collects the strings of $data that read as Base64 of an RSA block, under their dotted paths. */
function emu_sensitive_fields(array $data, string $prefix, array &$out): void
{
    foreach ($data as $key => $value) {
        $path = $prefix === '' ? (string) $key : "$prefix.$key";
        if (is_array($value)) {
            emu_sensitive_fields($value, $path, $out);
        } elseif (is_string($value) && strlen($value) >= 128 && strlen($value) % 4 === 0
            && ($raw = base64_decode($value, true)) !== false) {
            $out[$path] = $raw;
        }
    }
}

/** RSA-OAEP (SHA-1) decryption with the private key at $keyPath, or null. */
function emu_sensitive_decrypt(string $raw, string $keyPath): ?string
{
    $key = openssl_pkey_get_private('file://' . $keyPath);
    if ($key === false) {
        throw new RuntimeException("cannot read $keyPath");
    }
    return openssl_private_decrypt($raw, $plain, $key, OPENSSL_PKCS1_OAEP_PADDING) ? $plain : null;
}
