<?php
/** Checks a request's Authorization header, as the real API does; null means it passed. */

declare(strict_types=1);

const EMU_SCHEME = 'WECHATPAY2-SHA256-RSA2048';
const EMU_CLOCK_SKEW = 300;

/** Returns null if the request is properly signed, else a message naming the first check that failed. */
function emu_check_auth(array $cfg, array $req): ?string
{
    $h = $req['headers']['authorization'] ?? '';
    if ($h === '') {
        return 'Authorization header is missing';
    }
    if (!str_starts_with($h, EMU_SCHEME . ' ')) {
        return 'Authorization scheme is not ' . EMU_SCHEME;
    }
    $params = emu_parse_auth_params(ltrim(substr($h, strlen(EMU_SCHEME) + 1), ' '));
    if (is_string($params)) {
        return $params;
    }
    foreach (['mchid', 'serial_no', 'timestamp', 'nonce_str', 'signature'] as $name) {
        if (!isset($params[$name])) {
            return "Authorization parameter $name is missing";
        }
    }
    if ($params['mchid'] !== $cfg['mchid']) {
        return "mchid {$params['mchid']} is not the configured merchant";
    }
    if ($params['serial_no'] !== $cfg['merchant_serial']) {
        return "serial_no {$params['serial_no']} is not the merchant certificate serial";
    }
    if (!preg_match('/^\d{1,12}$/', $params['timestamp'])) {
        return 'timestamp is not a Unix time in seconds';
    }
    $skew = time() - (int) $params['timestamp'];
    if (abs($skew) > EMU_CLOCK_SKEW) {
        return "timestamp is {$skew} s off the server clock (limit " . EMU_CLOCK_SKEW . ' s)';
    }
    if ($params['nonce_str'] === '') {
        return 'nonce_str is empty';
    }
    $sig = base64_decode($params['signature'], true);
    if ($sig === false || $sig === '') {
        return 'signature is not Base64';
    }
    // multipart/form-data uploads sign their `meta` part instead of the body (media.php)
    $body = emu_signed_body($req);
    if ($body === null) {
        return 'the multipart body has no meta part, which the signature must cover';
    }
    $message = "{$req['method']}\n{$req['uri']}\n{$params['timestamp']}\n{$params['nonce_str']}\n$body\n";
    $key = openssl_pkey_get_public('file://' . $cfg['merchant_public_key']);
    if ($key === false) {
        throw new RuntimeException('cannot read the merchant public key');
    }
    if (openssl_verify($message, $sig, $key, OPENSSL_ALGO_SHA256) !== 1) {
        while (openssl_error_string() !== false) {
            // drain OpenSSL's error queue so it does not leak into a later call
        }
        return 'signature does not verify (signed message: METHOD\nREQUEST_URI\nTIMESTAMP\nNONCE\nBODY\n)';
    }
    return null;
}

/**
 * Parses `k1="v1",k2="v2",...` (any order, optional blanks around commas) into [k => v], or returns an
 * error message: unquoted values, duplicates and stray text are refused.
 */
function emu_parse_auth_params(string $s): array|string
{
    if (!preg_match('/^\s*[A-Za-z_]\w*="[^"]*"\s*(?:,\s*[A-Za-z_]\w*="[^"]*"\s*)*$/', $s)) {
        return 'Authorization parameters are not a comma-separated list of name="value"';
    }
    preg_match_all('/([A-Za-z_]\w*)="([^"]*)"/', $s, $all, PREG_SET_ORDER);
    $params = [];
    foreach ($all as [, $k, $v]) {
        if (isset($params[$k])) {
            return "Authorization parameter $k appears twice";
        }
        $params[$k] = $v;
    }
    return $params;
}

/**
 * A request may name the platform key it encrypted fields for in Wechatpay-Serial; it also selects
 * public-key mode. Anything but a listed platform serial, the signer's or the public key id is refused (null = fine).
 */
function emu_check_request_serial(array $cfg, array $req): ?string
{
    $s = $req['headers']['wechatpay-serial'] ?? null;
    if ($s === null || isset(emu_platforms_keys($cfg)[$s]) || $s === $cfg['pubkey_id']) {
        return null;
    }
    return "Wechatpay-Serial $s names no platform certificate or public key of this merchant";
}
