<?php
/**
 * Faults on the next N answers of the real endpoints, for an app's error handling (kept in the state under
 * "answer_faults", used up in order; each applies to authenticated /v3/ requests whose path starts with its prefix):
 *   POST   /__emulator/faults  {"fault": F, "count": N (default 1), "path": prefix (default "/v3/")}  204
 *   GET    /__emulator/faults  the faults still pending, a JSON array
 *   DELETE /__emulator/faults  forgets them (204)
 * F is one of
 *   delay:MS          answers normally after MS milliseconds (at most 60000)
 *   status:NNN        answers that status (500, 502, 503, 429, ...) with WeChat's error body; the request is not
 *                     carried out (no order is created)
 *   bad-signature     the normal answer, its Wechatpay-Signature made over other bytes (as faults.php's)
 *   stale-timestamp   the normal answer signed with a Wechatpay-Timestamp 301 s old (as faults.php's)
 * The signature faults change signed answers only (error answers are unsigned anyway).
 */

declare(strict_types=1);

/** Handles /__emulator/faults; false when $req is not for it. */
function emu_answer_faults_control(array $cfg, array $req): bool
{
    if ($req['path'] !== '/__emulator/faults') {
        return false;
    }
    if ($req['method'] === 'GET') {
        emu_send($req, 200, emu_json(emu_store_load($cfg)['answer_faults'] ?? []), ['Content-Type' => 'application/json']);
    } elseif ($req['method'] === 'DELETE') {
        emu_store_update($cfg, static function (array &$state): void {
            $state['answer_faults'] = [];
        });
        emu_send($req, 204, '');
    } elseif ($req['method'] === 'POST' && ($json = emu_json_object($req)) !== null) {
        $fault = $json['fault'] ?? null;
        $count = $json['count'] ?? 1;
        $path = $json['path'] ?? '/v3/';
        if (!is_string($fault) || !preg_match('/^(delay:\d{1,5}|status:[45]\d\d|bad-signature|stale-timestamp)$/', $fault)) {
            emu_send_param_error($req, '/fault', $fault, 'must be delay:MS, status:NNN (4xx/5xx), bad-signature or stale-timestamp');
        } elseif (!is_int($count) || $count < 1) {
            emu_send_param_error($req, '/count', $count, 'must be a positive integer');
        } elseif (!is_string($path) || !str_starts_with($path, '/')) {
            emu_send_param_error($req, '/path', $path, 'must be a path prefix starting with /');
        } else {
            emu_store_update($cfg, static function (array &$state) use ($fault, $count, $path): void {
                $state['answer_faults'][] = ['fault' => $fault, 'left' => $count, 'path' => $path];
            });
            emu_send($req, 204, '');
        }
    } elseif (!in_array($req['method'], ['GET', 'DELETE', 'POST'], true)) {
        emu_send_error($req, 405, 'INVALID_REQUEST', 'GET, POST or DELETE');
    }
    return true;
}

/** Takes one use of the first pending fault for this request's path; null when there is none. */
function emu_answer_fault_take(array $cfg, array $req): ?string
{
    if (empty(emu_store_load($cfg)['answer_faults'])) {
        return null; // the common case: no lock taken
    }
    return emu_store_update($cfg, static function (array &$state) use ($req): ?string {
        foreach ($state['answer_faults'] ?? [] as $i => $f) {
            if (str_starts_with($req['path'], $f['path'])) {
                if (--$state['answer_faults'][$i]['left'] <= 0) {
                    array_splice($state['answer_faults'], $i, 1);
                }
                return $f['fault'];
            }
        }
        return null;
    });
}

/** Runs $route (which answers $req) with $fault applied. */
function emu_answer_with_fault(array $cfg, array $req, string $fault, callable $route): void
{
    if (str_starts_with($fault, 'delay:')) {
        usleep((int) substr($fault, 6) * 1000);
        $route();
        return;
    }
    if (str_starts_with($fault, 'status:')) {
        emu_error_endpoint($cfg, $req, (int) substr($fault, 7));
        return;
    }
    ob_start();
    $route();
    $body = (string) ob_get_clean();
    $sent = [];
    foreach (headers_list() as $line) {
        [$name, $value] = explode(':', $line, 2) + [1 => ''];
        $sent[strtolower($name)] = trim($value);
    }
    if (isset($sent['wechatpay-signature'], $sent['wechatpay-nonce'])) {
        [, $keyPath] = emu_signing_key($cfg, $req);
        $ts = $fault === 'stale-timestamp' ? time() - 301 : (int) $sent['wechatpay-timestamp'];
        $signed = $fault === 'bad-signature' ? "$body " : $body;
        header("Wechatpay-Timestamp: $ts");
        header('Wechatpay-Signature: ' . emu_rsa_sign("$ts\n{$sent['wechatpay-nonce']}\n$signed\n", $keyPath));
    }
    echo $body;
}
