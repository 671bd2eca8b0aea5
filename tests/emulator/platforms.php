<?php
/**
 * A managed set of platform certificates, for tests of certificate rotation. Without it the emulator lists the
 * configured certificate (WXP_EMU_PLATFORM_CERT) in /v3/certificates and signs with its key. Tests replace the
 * set through the control endpoints (control.php):
 *   POST   /__emulator/platforms         {"certificates":[{"days":N},...], "signer":I, "keep_configured":bool}
 *          replaces the listed set: fresh certificates valid N days from now (1 <= N <= 3650; or {"seconds":S},
 *          valid S seconds from now, 1 <= S <= 3650 days, for expiry within a test), after the
 *          configured one when keep_configured (default true); signer = index in `certificates` (default: the
 *          configured one when kept, else 0)
 *   POST   /__emulator/platforms/signer  {"serial":"S"}: S, a listed serial, signs from now on
 *   POST   /__emulator/platforms/add     {"days":N, "sign":bool, "list":bool} (or "seconds":S): one fresh certificate, listed
 *          when list (default true), the signer when sign (default false)
 *   GET    /__emulator/platforms         the current set
 *   DELETE /__emulator/platforms         back to the configured certificate only
 * Each answers 200 {"serials":[listed, in order], "signer":"S", "not_after":{"S": unix time, ...}} (every listed
 * certificate and the signer); a bad body 400 PARAM_ERROR.
 *
 * Fresh certificates are self-signed RSA-2048, with a random 20-byte serial (40 upper-case hex digits, as the
 * real platform certificates have): PHP 8.2's openssl_csr_sign() takes a 64-bit serial only, so the signed
 * certificate is re-encoded with the long serial and its validity to the second, and signed again with its own
 * key (emu_platforms_reissue).
 * State: STATE_DIR/platforms.json (the set, replaced by rename under store.php's lock) and
 * STATE_DIR/platforms/SERIAL.{pem,key} (keys 0600). A request reads platforms.json once, only when it exists
 * (emu_platforms_apply).
 */

declare(strict_types=1);

const EMU_PLATFORMS = 'platforms';

/**
 * $cfg with the managed set applied: platform_serial/platform_private_key are the current signer's (so every
 * signed answer and callback uses it), `platforms` lists the certificates /v3/certificates serves as
 * [['serial', 'cert', 'key', 'not_after' (null: read it from cert), 'listed'], ...], `platform_signer` is the
 * signer's entry and `platform_configured` the configured one's. Applying it twice changes nothing.
 */
function emu_platforms_apply(array $cfg): array
{
    $configured = $cfg['platform_configured'] ??= ['serial' => $cfg['platform_serial'], 'cert' => $cfg['platform_cert'],
        'key' => $cfg['platform_private_key'], 'not_after' => null, 'listed' => $cfg['platform_cert'] !== null];
    $set = emu_store_load($cfg, EMU_PLATFORMS);
    $all = $set === [] ? [$configured] : $set['certificates'];
    $signer = $all[$set['signer'] ?? 0];
    $cfg['platforms'] = array_values(array_filter($all, static fn (array $c): bool => $c['listed']));
    $cfg['platform_signer'] = $signer;
    $cfg['platform_serial'] = $signer['serial'];
    $cfg['platform_private_key'] = $signer['key'];
    return $cfg;
}

/** Private key path of every platform certificate a request may name in Wechatpay-Serial: serial => path. */
function emu_platforms_keys(array $cfg): array
{
    $keys = [$cfg['platform_serial'] => $cfg['platform_private_key']];
    foreach ($cfg['platforms'] as $c) {
        $keys[$c['serial']] = $c['key'];
    }
    return $keys;
}

/** The control endpoints above; $sub is the path after /__emulator/platforms. */
function emu_platforms_control(array $cfg, array $req, string $sub): void
{
    $route = $req['method'] . ' ' . $sub;
    if (!in_array($route, ['GET ', 'DELETE ', 'POST ', 'POST /signer', 'POST /add'], true)) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "no such control endpoint: {$req['method']} {$req['path']}");
        return;
    }
    $body = null;
    if ($req['method'] === 'POST') {
        $body = json_decode($req['body'], true);
        if (!is_array($body) || array_is_list($body) && $body !== []) {
            emu_send_error($req, 400, 'PARAM_ERROR', 'the body must be a JSON object');
            return;
        }
    }
    $result = emu_store_update($cfg, static function (array &$set) use ($cfg, $route, $body): ?string {
        return match ($route) {
            'GET ' => null,
            'DELETE ' => emu_platforms_reset($cfg, $set),
            'POST ' => emu_platforms_replace($cfg, $set, $body),
            'POST /signer' => emu_platforms_switch($set, $body),
            'POST /add' => emu_platforms_add($cfg, $set, $body),
        };
    }, EMU_PLATFORMS);
    if ($result !== null) {
        emu_send_error($req, 400, 'PARAM_ERROR', $result);
        return;
    }
    emu_send($req, 200, emu_json(emu_platforms_summary(emu_platforms_apply($cfg))),
        ['Content-Type' => 'application/json']);
}

/** The answer of every platforms endpoint: listed serials, signer, their expiry times. */
function emu_platforms_summary(array $cfg): array
{
    $notAfter = [];
    foreach ([...$cfg['platforms'], $cfg['platform_signer']] as $c) {
        $notAfter[$c['serial']] = $c['not_after'] ?? ($c['cert'] !== null ? emu_platforms_not_after($c['cert']) : null);
    }
    return ['serials' => array_column($cfg['platforms'], 'serial'), 'signer' => $cfg['platform_serial'],
        'not_after' => (object) $notAfter];
}

function emu_platforms_not_after(string $certPath): int
{
    return (int) openssl_x509_parse((string) file_get_contents($certPath))['validTo_time_t'];
}

/** DELETE: the configured certificate only (the set's files go too). */
function emu_platforms_reset(array $cfg, array &$set): ?string
{
    foreach (glob($cfg['state_dir'] . '/platforms/*') ?: [] as $f) {
        unlink($f);
    }
    $set = [];
    return null;
}

/** The configured certificate as a set entry, or null when the emulator has no certificate file. */
function emu_platforms_configured(array $cfg): ?array
{
    $c = $cfg['platform_configured'];
    return $c['cert'] === null ? null : ['serial' => $c['serial'], 'cert' => $c['cert'], 'key' => $c['key'],
        'not_after' => emu_platforms_not_after($c['cert']), 'listed' => true];
}

/** POST /__emulator/platforms: a new set; an error message or null. */
function emu_platforms_replace(array $cfg, array &$set, array $body): ?string
{
    $list = $body['certificates'] ?? [];
    $keep = $body['keep_configured'] ?? true;
    $signer = $body['signer'] ?? null;
    if (!is_array($list) || !array_is_list($list)) {
        return 'certificates must be a list of {"days": N}';
    }
    if (!is_bool($keep)) {
        return 'keep_configured must be true or false';
    }
    foreach ($list as $i => $c) {
        if (is_string($why = emu_platforms_lifetime($c))) {
            return "certificates[$i]: $why";
        }
    }
    if ($signer !== null && (!is_int($signer) || $signer < 0 || $signer >= count($list))) {
        return 'signer must be an index in certificates (0..' . (count($list) - 1) . ')';
    }
    $configured = $keep ? emu_platforms_configured($cfg) : null;
    if ($keep && $configured === null) {
        return 'keep_configured: the emulator was started without the platform certificate';
    }
    if ($configured === null && $list === []) {
        return 'certificates is empty and the configured one is not kept: nothing would sign';
    }
    emu_platforms_reset($cfg, $set);
    $certs = $configured !== null ? [$configured] : [];
    foreach ($list as $c) {
        $certs[] = emu_platforms_make($cfg, emu_platforms_lifetime($c), true);
    }
    $set = ['certificates' => $certs, 'signer' => $signer === null ? 0 : $signer + ($configured !== null ? 1 : 0)];
    return null;
}

/** POST /__emulator/platforms/signer: an error message or null. */
function emu_platforms_switch(array &$set, array $body): ?string
{
    $serial = $body['serial'] ?? null;
    if (!is_string($serial)) {
        return 'serial must be a string';
    }
    foreach ($set['certificates'] ?? [] as $i => $c) {
        if ($c['listed'] && $c['serial'] === $serial) {
            $set['signer'] = $i;
            return null;
        }
    }
    return "serial $serial is not a listed platform certificate";
}

/** POST /__emulator/platforms/add: an error message or null. */
function emu_platforms_add(array $cfg, array &$set, array $body): ?string
{
    $list = $body['list'] ?? true;
    $sign = $body['sign'] ?? false;
    $lifetime = emu_platforms_lifetime(array_intersect_key($body, ['days' => 1, 'seconds' => 1]));
    if (is_string($lifetime)) {
        return $lifetime;
    }
    if (!is_bool($list) || !is_bool($sign)) {
        return 'list and sign must be true or false';
    }
    if ($set === []) {
        $configured = emu_platforms_configured($cfg);
        if ($configured === null) {
            return 'the emulator was started without the platform certificate';
        }
        $set = ['certificates' => [$configured], 'signer' => 0];
    }
    $set['certificates'][] = emu_platforms_make($cfg, $lifetime, $list);
    if ($sign) {
        $set['signer'] = count($set['certificates']) - 1;
    }
    return null;
}

/** The lifetime in seconds $entry asks for ({"days": N} or {"seconds": S}), or why it is no valid one. */
function emu_platforms_lifetime(mixed $entry): int|string
{
    $max = 3650 * 86400;
    if (is_array($entry) && array_keys($entry) === ['days'] && is_int($entry['days'])
        && $entry['days'] >= 1 && $entry['days'] * 86400 <= $max) {
        return $entry['days'] * 86400;
    }
    if (is_array($entry) && array_keys($entry) === ['seconds'] && is_int($entry['seconds'])
        && $entry['seconds'] >= 1 && $entry['seconds'] <= $max) {
        return $entry['seconds'];
    }
    return 'give either days (an integer from 1 to 3650) or seconds (1 to 3650 days)';
}

/** A fresh platform certificate valid $seconds from now, written to STATE_DIR/platforms; its set entry. */
function emu_platforms_make(array $cfg, int $seconds, bool $listed): array
{
    $key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
    $dn = ['countryName' => 'CN', 'stateOrProvinceName' => 'Guangdong', 'localityName' => 'Shenzhen',
        'organizationName' => 'Tenpay.com', 'organizationalUnitName' => 'Tenpay.com CA Center', 'commonName' => 'Tenpay.com'];
    $csr = openssl_csr_new($dn, $key, ['digest_alg' => 'sha256']);
    $cert = openssl_csr_sign($csr, null, $key, 1, ['digest_alg' => 'sha256'], random_int(1, PHP_INT_MAX));
    if ($key === false || $csr === false || $cert === false) {
        throw new RuntimeException('cannot make a platform certificate: ' . openssl_error_string());
    }
    openssl_x509_export($cert, $pem);
    // 20 bytes, the first in 0x10..0x7f: positive, and always 40 hex digits.
    $now = time();
    $pem = emu_platforms_reissue($pem, chr(random_int(0x10, 0x7f)) . random_bytes(19), $now, $now + $seconds, $key);
    $x509 = openssl_x509_parse($pem);
    $serial = strtoupper($x509['serialNumberHex']);
    $dir = $cfg['state_dir'] . '/platforms';
    if (!is_dir($dir)) {
        mkdir($dir, 0700);
    }
    openssl_pkey_export($key, $keyPem);
    touch("$dir/$serial.key");
    chmod("$dir/$serial.key", 0600);
    file_put_contents("$dir/$serial.key", $keyPem);
    file_put_contents("$dir/$serial.pem", $pem);
    return ['serial' => $serial, 'cert' => "$dir/$serial.pem", 'key' => "$dir/$serial.key",
        'not_after' => (int) $x509['validTo_time_t'], 'listed' => $listed];
}

/**
 * The self-signed certificate $pem with serial number $serial (unsigned big-endian bytes) and validity
 * [$notBefore, $notAfter] (unix times), signed again with $key (SHA256withRSA, the algorithm it was signed with):
 * tbsCertificate's serialNumber and validity are replaced, the rest of the DER is kept as it is.
 */
function emu_platforms_reissue(string $pem, string $serial, int $notBefore, int $notAfter, OpenSSLAsymmetricKey $key): string
{
    $der = base64_decode(preg_replace('~-----[^-]+-----|\s~', '', $pem), true);
    [, $certHead] = emu_der_tlv($der, 0);
    [$tbsLen, $tbsHead] = emu_der_tlv($der, $certHead);
    $tbsEnd = $certHead + $tbsHead + $tbsLen;
    $p = $certHead + $tbsHead;
    $next = static function () use ($der, &$p): string {    // the whole TLV at $p; $p moves past it
        [$l, $h] = emu_der_tlv($der, $p);
        $p += $h + $l;
        return substr($der, $p - $h - $l, $h + $l);
    };
    $version = ord($der[$p]) === 0xA0 ? $next() : '';     // [0] EXPLICIT Version
    $next();                                              // serialNumber: replaced
    $head = $version . emu_der(0x02, $serial) . $next() . $next(); // + signature AlgorithmIdentifier, issuer
    $next();                                              // validity: replaced
    $time = static fn (int $t): string => (int) gmdate('Y', $t) < 2050 ? emu_der(0x17, gmdate('ymdHis', $t) . 'Z')
        : emu_der(0x18, gmdate('YmdHis', $t) . 'Z');
    $tbs = emu_der(0x30, $head . emu_der(0x30, $time($notBefore) . $time($notAfter)) . substr($der, $p, $tbsEnd - $p));
    [$l, $h] = emu_der_tlv($der, $tbsEnd);                // signatureAlgorithm, unchanged
    $algorithm = substr($der, $tbsEnd, $h + $l);
    if (!openssl_sign($tbs, $signature, $key, OPENSSL_ALGO_SHA256)) {
        throw new RuntimeException('cannot sign the certificate');
    }
    $out = emu_der(0x30, $tbs . $algorithm . emu_der(0x03, "\0" . $signature));
    return "-----BEGIN CERTIFICATE-----\n" . chunk_split(base64_encode($out), 64, "\n") . "-----END CERTIFICATE-----\n";
}

/** [content length, header length] of the DER TLV at offset $p of $der. */
function emu_der_tlv(string $der, int $p): array
{
    $len = ord($der[$p + 1]);
    if ($len < 0x80) {
        return [$len, 2];
    }
    $n = $len & 0x7f;
    $len = 0;
    for ($i = 0; $i < $n; $i++) {
        $len = ($len << 8) | ord($der[$p + 2 + $i]);
    }
    return [$len, 2 + $n];
}

/** A DER TLV: $tag, the definite length, $content. */
function emu_der(int $tag, string $content): string
{
    $n = strlen($content);
    $len = $n < 0x80 ? chr($n) : chr(0x80 | strlen(ltrim(pack('N', $n), "\0"))) . ltrim(pack('N', $n), "\0");
    return chr($tag) . $len . $content;
}
