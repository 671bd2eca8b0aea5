<?php
/**
 * Endpoints that exist only in the emulator, to test clients (all behind the normal Authorization check):
 *   ANY /v3/emulator/echo[/...]       200 signed {"method","request_uri","query","headers","body","body_base64"}
 *   ANY /v3/emulator/slow/{ms}        sleeps ms (at most 60000), then 200 signed {"slept":ms}
 *   ANY /v3/emulator/error/{status}   that status with an error body {"code","message","detail"} (?signed=1: signed)
 *   ANY /v3/emulator/drop             closes the connection without a byte of answer (see emu_drop)
 *   ANY /v3/emulator/cookie           200 signed {"cookie_sent": the request's Cookie header or null}, with
 *                                     `Set-Cookie: wxp_session=...; Path=/`: a client must never send it back
 *   ANY /v3/emulator/big/{bytes}      200 signed, a JSON body of exactly that many bytes (see emu_big)
 *   ANY /v3/emulator/flaky/{key}/{n}/{status}
 *                                     the first n calls of key: that status with an error body (as error/{status});
 *                                     later ones: 200 signed {"key","calls"} (a retry middleware's test)
 */

declare(strict_types=1);

function emu_echo(array $cfg, array $req): void
{
    emu_send_signed_json($cfg, $req, [
        'method' => $req['method'],
        'request_uri' => $req['uri'],
        'query' => (object) $req['query'],
        'headers' => (object) $req['headers'],
        'body' => $req['body'],                          // invalid UTF-8 shows as U+FFFD here...
        'body_base64' => base64_encode($req['body']),    // ...and exactly here
    ]);
}

/** Hands out a session cookie, as some gateways do; clients of the API must not keep it. */
function emu_cookie(array $cfg, array $req): void
{
    header('Set-Cookie: wxp_session=' . $req['request_id'] . '; Path=/; HttpOnly');
    emu_send_signed_json($cfg, $req, ['cookie_sent' => $req['headers']['cookie'] ?? null]);
}

function emu_slow(array $cfg, array $req, int $ms): void
{
    $ms = min($ms, 60000);
    usleep($ms * 1000);
    emu_send_signed_json($cfg, $req, ['slept' => $ms]);
}

/** The error code the real API uses for a status. */
function emu_error_code(int $status): string
{
    return [
        400 => 'PARAM_ERROR', 401 => 'SIGN_ERROR', 403 => 'NO_AUTH', 404 => 'RESOURCE_NOT_EXISTS',
        429 => 'FREQUENCY_LIMITED', 500 => 'SYSTEM_ERROR', 502 => 'SERVICE_UNAVAILABLE', 503 => 'SERVICE_UNAVAILABLE',
    ][$status] ?? ($status >= 500 ? 'SYSTEM_ERROR' : 'INVALID_REQUEST');
}

/**
 * Answers $status with the documented error body. 4xx/5xx are unsigned, as the real API; a 2xx status
 * (e.g. 202) is answered signed, since every 2xx is.
 */
function emu_error_endpoint(array $cfg, array $req, int $status): void
{
    if ($status < 200 || $status > 599) {
        emu_send_error($req, 400, 'PARAM_ERROR', "status $status out of range 200-599");
        return;
    }
    $code = emu_error_code($status);
    $detail = ['field' => '/amount/currency', 'value' => 'XYZ', 'issue' => 'emulated error', 'location' => 'body'];
    if ($status < 300) {
        emu_send_signed($cfg, $req, $status, emu_json(['code' => $code, 'message' => "emulated status $status",
            'detail' => $detail]));
        return;
    }
    if (($req['query']['signed'] ?? '') === '1') { // a signed error answer, for clients that verify non-2xx ones
        emu_send_signed($cfg, $req, $status, emu_json(['code' => $code, 'message' => "emulated $code for status $status",
            'detail' => $detail]));
        return;
    }
    emu_send_error($req, $status, $code, "emulated $code for status $status", $detail);
}

/** Fails the first $n calls of $key with $status, then answers 200 signed with how many calls it took. */
function emu_flaky(array $cfg, array $req, string $key, int $n, int $status): void
{
    $calls = emu_store_update($cfg, static function (array &$state) use ($key): int {
        return $state['flaky'][$key] = ($state['flaky'][$key] ?? 0) + 1;
    });
    if ($calls <= $n) {
        emu_error_endpoint($cfg, $req, $status);
        return;
    }
    emu_send_signed_json($cfg, $req, ['key' => $key, 'calls' => $calls]);
}

/**
 * Closes the connection without answering. PHP's server cannot close a socket from a script, so the process
 * serving the request kills itself with SIGKILL: the kernel closes the connection after the whole request was
 * read, the client gets EOF before any byte (libcurl: "Empty reply from server", CURLE_GOT_NOTHING).
 * That costs one server process, so it is done only while at least two are alive (PHP_CLI_SERVER_WORKERS=N >= 2
 * gives N+1); with a single process the script exits with no output instead, which PHP's server turns into
 * "200 OK" with an empty body, a Request-ID and no Wechatpay-* headers (a response no client may accept).
 */
function emu_drop(array $cfg, array $req): void
{
    if (count(emu_live_server_pids($cfg)) >= 2) {
        $p = proc_open(['kill', '-KILL', (string) getmypid()],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
        if (is_resource($p)) {
            sleep(30); // the signal lands long before this ends
        }
    }
    header_remove('X-Powered-By');
    header('Request-ID: ' . $req['request_id']);
    exit;
}

/** Server processes still alive, from the "[PID] ... started" lines PHP's server logs once per process. */
function emu_live_server_pids(array $cfg): array
{
    $log = (string) @file_get_contents($cfg['server_log']);
    preg_match_all('/^\[(\d+)\] .*Development Server .* started$/m', $log, $m);
    $alive = [];
    foreach (array_unique($m[1]) as $pid) {
        $stat = @file_get_contents("/proc/$pid/stat");
        // a killed worker stays a zombie (state Z) until its master reaps it at exit
        if ($stat !== false && preg_match('/^\d+ \(.*\) ([A-Za-z])/s', $stat, $s) && $s[1] !== 'Z' && $s[1] !== 'X') {
            $alive[] = (int) $pid;
        }
    }
    return $alive;
}

/**
 * A 200 whose body is exactly $bytes bytes of JSON, {"pad":"xxx..."} (10 to 256 MiB), signed, with its
 * Content-Length. Query: stream=1 sends it without a Content-Length, in 64 KiB pieces flushed one by one (the
 * client learns the size only as it arrives); unsigned=1 leaves out the Wechatpay-* headers (for bodies a
 * test only needs refused: signing copies the body).
 */
function emu_big(array $cfg, array $req, int $bytes): void
{
    if ($bytes < 10 || $bytes > 256 * 1024 * 1024) {
        emu_send_error($req, 400, 'PARAM_ERROR', "big body of $bytes bytes: 10 to 268435456 bytes");
        return;
    }
    ini_set('memory_limit', '-1'); // the body, and the message signed over it
    $body = '{"pad":"' . str_repeat('x', $bytes - 10) . '"}';
    $headers = ['Content-Type' => 'application/json; charset=utf-8'];
    if (($req['query']['unsigned'] ?? '') !== '1') {
        [$serial, $keyPath] = emu_signing_key($cfg, $req);
        $ts = (string) time();
        $nonce = emu_nonce();
        $headers += ['Wechatpay-Nonce' => $nonce, 'Wechatpay-Signature' => emu_rsa_sign("$ts\n$nonce\n$body\n", $keyPath),
            'Wechatpay-Timestamp' => $ts, 'Wechatpay-Serial' => $serial];
    }
    if (($req['query']['stream'] ?? '') !== '1') {
        emu_send($req, 200, $body, $headers);
        return;
    }
    header_remove('X-Powered-By');
    header('Request-ID: ' . $req['request_id']);
    foreach ($headers as $name => $value) {
        header("$name: $value");
    }
    for ($at = 0; $at < $bytes; $at += 65536) {
        echo substr($body, $at, 65536);
        flush();
    }
}
