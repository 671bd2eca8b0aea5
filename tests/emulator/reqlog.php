<?php
/**
 * The request log, STATE_DIR/requests.jsonl: one JSON object per received request (control endpoints
 * excepted), appended before the request is answered, so tests can check exactly what a client sent.
 */

declare(strict_types=1);

function emu_log_file(array $cfg): string
{
    return $cfg['state_dir'] . '/requests.jsonl';
}

function emu_log_append(array $cfg, array $req, ?string $authError): void
{
    $entry = [
        'time' => microtime(true),
        'request_id' => $req['request_id'],
        'method' => $req['method'],
        'request_uri' => $req['uri'],
        'headers' => $req['headers'],
        'body' => $req['body'],
        'body_base64' => base64_encode($req['body']),
        'auth' => $authError === null,
        'auth_error' => $authError,
    ];
    // One write under LOCK_EX: concurrent workers never interleave lines.
    file_put_contents(emu_log_file($cfg), emu_json($entry) . "\n", FILE_APPEND | LOCK_EX);
}

/** @return list<array> oldest first */
function emu_log_read(array $cfg): array
{
    // No request yet, no file (the router's error handler turns even a silenced warning into an error).
    if (!is_file(emu_log_file($cfg))) {
        return [];
    }
    $f = fopen(emu_log_file($cfg), 'r');
    flock($f, LOCK_SH);
    $text = stream_get_contents($f);
    flock($f, LOCK_UN);
    fclose($f);
    $out = [];
    foreach (explode("\n", (string) $text) as $line) {
        if ($line !== '') {
            $out[] = json_decode($line, true, 64, JSON_THROW_ON_ERROR);
        }
    }
    return $out;
}

function emu_log_clear(array $cfg): void
{
    $f = fopen(emu_log_file($cfg), 'c');
    flock($f, LOCK_EX);
    ftruncate($f, 0);
    flock($f, LOCK_UN);
    fclose($f);
}
