<?php
/**
 * Media uploads, as WeChat Pay takes them:
 *   POST /v3/merchant/media/upload   multipart/form-data: a `meta` part (JSON {"filename","sha256"}) and a `file`
 *                                    part (JPG, BMP or PNG, at most 2 MiB); 200 signed {"media_id"}
 * The request signature covers the meta part's bytes, not the body (emu_signed_body(), used by auth.php).
 * Parsing needs the raw body: PHP must not read multipart bodies itself (enable_post_data_reading=0, which
 * tests/inc/server.inc and fpm.inc set).
 */

declare(strict_types=1);

const EMU_MEDIA_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Parses a multipart/form-data body (RFC 7578, CRLF line ends) into a list of parts, each
 * ['name', 'filename' => ?string, 'headers' => [lower-case name => value], 'body' => exact bytes],
 * or returns a message saying what is malformed.
 */
function emu_multipart_parse(string $contentType, string $body): array|string
{
    if (!preg_match('~^\s*multipart/form-data\s*;(.*)$~is', $contentType, $m)
        || !preg_match('~(?:^|;)\s*boundary=(?:"([^"]+)"|([^;\s]+))~i', $m[1], $b)) {
        return 'Content-Type is not multipart/form-data with a boundary';
    }
    $delimiter = '--' . ($b[1] !== '' ? $b[1] : $b[2]);
    if (!str_starts_with($body, "$delimiter\r\n")) {
        return 'the multipart body does not start with its boundary';
    }
    $close = strpos($body, "\r\n$delimiter--");
    if ($close === false || substr($body, $close + strlen($delimiter) + 4) !== "\r\n") {
        return 'the multipart body does not end with its closing boundary and CRLF';
    }
    $parts = [];
    $inner = substr($body, strlen($delimiter) + 2, $close - strlen($delimiter) - 2);
    foreach (explode("\r\n$delimiter\r\n", $inner) as $raw) {
        $end = strpos($raw, "\r\n\r\n");
        if ($end === false) {
            return 'a part has no blank line after its headers';
        }
        $headers = [];
        foreach (explode("\r\n", substr($raw, 0, $end)) as $line) {
            if (!preg_match('~^([!#$%&\'*+.^_`|\~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$~', $line, $h)) {
                return "a part has a malformed header line: $line";
            }
            $headers[strtolower($h[1])] = $h[2];
        }
        if (!preg_match('~^form-data\s*;\s*name="([^"]*)"(?:\s*;\s*filename="([^"]*)")?$~', $headers['content-disposition'] ?? '', $d)) {
            return 'a part has no `form-data; name="..."` Content-Disposition';
        }
        $part = ['name' => $d[1], 'filename' => $d[2] ?? null, 'headers' => $headers, 'body' => substr($raw, $end + 4)];
        if (isset($headers['content-length']) && (string) strlen($part['body']) !== $headers['content-length']) {
            return "part {$part['name']}: Content-Length {$headers['content-length']} but " . strlen($part['body']) . ' bytes';
        }
        $parts[] = $part;
    }
    return $parts;
}

/** The parts of a multipart request by name (the first of each name), or a message. */
function emu_multipart_named(array $req): array|string
{
    $parts = emu_multipart_parse($req['headers']['content-type'] ?? '', $req['body']);
    if (is_string($parts)) {
        return $parts;
    }
    $named = [];
    foreach ($parts as $part) {
        $named[$part['name']] ??= $part;
    }
    return $named;
}

/**
 * The BODY line of a request's signed message: the body, except for multipart/form-data uploads, where WeChat
 * Pay signs the `meta` part only. null when a multipart body has no meta part (nothing can verify).
 */
function emu_signed_body(array $req): ?string
{
    if (!preg_match('~^\s*multipart/form-data\b~i', $req['headers']['content-type'] ?? '')) {
        return $req['body'];
    }
    $named = emu_multipart_named($req);
    return is_array($named) && isset($named['meta']) ? $named['meta']['body'] : null;
}

function emu_media_upload(array $cfg, array $req): void
{
    $named = emu_multipart_named($req);
    if (is_string($named)) {
        emu_send_error($req, 400, 'PARAM_ERROR', $named);
        return;
    }
    if (!isset($named['meta'], $named['file'])) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'the body needs a `meta` part and a `file` part');
        return;
    }
    $meta = json_decode($named['meta']['body'], true);
    if (!is_array($meta) || !is_string($meta['filename'] ?? null) || !is_string($meta['sha256'] ?? null)) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'meta must be a JSON object with string filename and sha256');
        return;
    }
    if (!preg_match('~\.(jpe?g|bmp|png)$~i', $meta['filename'])) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'meta.filename must end in .jpg, .jpeg, .bmp or .png');
        return;
    }
    $file = $named['file']['body'];
    if ($named['file']['filename'] === null) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'the file part has no filename');
        return;
    }
    if ($file === '' || strlen($file) > EMU_MEDIA_MAX_BYTES) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'the file must hold 1 byte to 2 MiB');
        return;
    }
    if (!hash_equals(hash('sha256', $file), strtolower($meta['sha256']))) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'meta.sha256 is not the SHA-256 of the file part',
            ['field' => 'meta.sha256', 'value' => $meta['sha256'], 'issue' => 'digest mismatch', 'location' => 'body']);
        return;
    }
    // Shaped like the real ones (opaque, URL-safe); the same file gets the same id.
    $id = rtrim(strtr(base64_encode(hash('sha256', "media\n$file", true)), '+/', '-_'), '=');
    emu_send_signed_json($cfg, $req, ['media_id' => $id]);
}
