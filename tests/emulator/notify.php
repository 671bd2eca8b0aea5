<?php
/**
 * POST /__emulator/notify: WeChat Pay calls the app back. JSON body:
 *   kind          "transaction.success" (needs out_trade_no) or "refund.success" (needs out_refund_no)
 *   out_trade_no | out_refund_no   the order (orders.php) or refund (refunds.php) it is about
 *   url           optional: where to POST it instead of the order's (or refund's) notify_url
 *   fault         optional: null (one good callback), "delay:MS" (wait before sending), "bad-signature" (the body
 *                 changed after signing), "stale-timestamp" (Wechatpay-Timestamp 301 s old), "signtest" (WeChat's
 *                 probe signature), "retry:N" (send again while the app does not answer 2xx, at most N more
 *                 times, as WeChat Pay retries), "duplicate" (send the same callback twice)
 * The payment (or refund) happens first, whatever the app answers: the order becomes SUCCESS with a
 * transaction_id and success_time (the refund SUCCESS). The callback is made by callbacks.php (the envelope,
 * AES-256-GCM under the APIv3 key, signed with the platform key) and POSTed as WeChat Pay does.
 * Answer: 200 {"delivered": the app answered 2xx, "status", "body" (the app's last answer), "attempts":
 * [{"status","body","error"}], "resource": what the app should have decrypted}; 404 for an unknown order or refund,
 * 400 ORDER_CLOSED for a closed order, 400 PARAM_ERROR for a bad request.
 */

declare(strict_types=1);

require_once __DIR__ . '/callbacks.php';

function emu_notify(array $cfg, array $req): void
{
    $json = emu_json_object($req);
    if ($json === null) {
        return;
    }
    $kind = $json['kind'] ?? null;
    $fault = $json['fault'] ?? null;
    if (!in_array($kind, ['transaction.success', 'refund.success'], true)) {
        emu_send_param_error($req, '/kind', $kind, 'must be "transaction.success" or "refund.success"');
        return;
    }
    if ($fault !== null && (!is_string($fault)
        || !preg_match('/^(delay:\d{1,6}|retry:\d{1,2}|bad-signature|stale-timestamp|signtest|duplicate)$/', $fault))) {
        emu_send_param_error($req, '/fault', $fault, 'must be null, delay:MS, retry:N, bad-signature, stale-timestamp, signtest or duplicate');
        return;
    }
    $made = $kind === 'transaction.success' ? emu_notify_pay($cfg, $req, $json) : emu_notify_refund($cfg, $req, $json);
    if ($made === null) {
        return; // answered
    }
    [$resource, $url] = $made;
    $url = $json['url'] ?? $url;
    if (!is_string($url) || !preg_match('~^https?://~', $url)) {
        emu_send_param_error($req, '/url', $url, 'no http(s) URL to send the callback to');
        return;
    }
    $callbackKind = ['bad-signature' => 'tampered', 'stale-timestamp' => 'stale', 'signtest' => 'signtest'][$fault] ?? 'good';
    $event = strtoupper($kind);
    $type = $kind === 'transaction.success' ? 'transaction' : 'refund';
    $callback = emu_callback_v3($cfg, $callbackKind, $event, $resource, $type);
    if ($callback === null) {
        emu_send_error($req, 500, 'EMULATOR_ERROR', 'callbacks need the APIv3 key (WXP_EMU_APIV3_KEY_FILE)');
        return;
    }
    if (str_starts_with((string) $fault, 'delay:')) {
        usleep(min((int) substr($fault, 6), 60000) * 1000);
    }
    $tries = match (true) {
        str_starts_with((string) $fault, 'retry:') => 1 + (int) substr($fault, 6),
        $fault === 'duplicate' => 2,
        default => 1,
    };
    $attempts = [];
    for ($i = 0; $i < $tries; $i++) {
        $attempts[] = $a = emu_notify_post($url, $callback['headers'], $callback['body']);
        if ($fault !== 'duplicate' && $a['status'] >= 200 && $a['status'] < 300) {
            break;
        }
    }
    $last = end($attempts);
    emu_send($req, 200, emu_json(['delivered' => $last['status'] >= 200 && $last['status'] < 300,
        'status' => $last['status'], 'body' => $last['body'], 'attempts' => $attempts, 'url' => $url,
        'resource' => $resource]), ['Content-Type' => 'application/json']);
}

/** Pays the order (once): [the TRANSACTION.SUCCESS resource, its notify_url], or null after answering. */
function emu_notify_pay(array $cfg, array $req, array $json): ?array
{
    $no = $json['out_trade_no'] ?? null;
    if (!is_string($no) || $no === '') {
        emu_send_param_error($req, '/out_trade_no', $no, 'is required for transaction.success');
        return null;
    }
    $order = emu_store_update($cfg, static function (array &$state) use ($no): ?array {
        if (!isset($state['orders'][$no])) {
            return null;
        }
        $o = &$state['orders'][$no];
        if ($o['trade_state'] === 'NOTPAY') {
            $o['trade_state'] = 'SUCCESS';
            $o['transaction_id'] = '42000' . gmdate('ymd') . random_int(1000000000, 9999999999) . random_int(1000000, 9999999);
            $o['success_time'] = gmdate('Y-m-d\TH:i:s+00:00');
        }
        return $o;
    });
    if ($order === null) {
        emu_send_error($req, 404, 'ORDER_NOT_EXIST', "订单不存在: no order with out_trade_no $no");
        return null;
    }
    if ($order['trade_state'] === 'CLOSED') {
        emu_send_error($req, 400, 'ORDER_CLOSED', "订单已关闭: out_trade_no $no was closed, it cannot be paid");
        return null;
    }
    $resource = emu_order_view(['trade_state' => 'SUCCESS'] + $order);
    unset($resource['promotion_detail']);
    return [$resource, $order['notify_url']];
}

/** Completes the refund (once): [the REFUND.SUCCESS resource, its notify_url], or null after answering. */
function emu_notify_refund(array $cfg, array $req, array $json): ?array
{
    $no = $json['out_refund_no'] ?? null;
    if (!is_string($no) || $no === '') {
        emu_send_param_error($req, '/out_refund_no', $no, 'is required for refund.success');
        return null;
    }
    $refund = emu_store_update($cfg, static function (array &$state) use ($no): ?array {
        if (!isset($state['refunds'][$no])) {
            return null;
        }
        $r = &$state['refunds'][$no];
        if ($r['status'] === 'PROCESSING') {
            $r['status'] = 'SUCCESS';
            $r['success_time'] = gmdate('Y-m-d\TH:i:s+00:00');
        }
        return $r + ['order_notify_url' => $state['orders'][$r['out_trade_no']]['notify_url'] ?? null];
    });
    if ($refund === null) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "退款单不存在: no refund with out_refund_no $no");
        return null;
    }
    $a = $refund['amount'];
    return [['mchid' => $cfg['mchid'], 'out_trade_no' => $refund['out_trade_no'], 'transaction_id' => $refund['transaction_id'],
        'out_refund_no' => $no, 'refund_id' => $refund['refund_id'], 'refund_status' => 'SUCCESS',
        'success_time' => $refund['success_time'], 'user_received_account' => $refund['user_received_account'],
        'amount' => ['total' => $a['total'], 'refund' => $a['refund'], 'payer_total' => $a['payer_total'],
            'payer_refund' => $a['payer_refund']]],
        $refund['notify_url'] ?? $refund['order_notify_url']];
}

/**
 * One POST as WeChat Pay sends callbacks (HTTP/1.0, so the answer is never chunked; https without checking the
 * app's certificate: a test app's is self-made). Returns ['status' => 0 when no answer, 'body', 'error'].
 */
function emu_notify_post(string $url, array $headers, string $body): array
{
    // The router turns warnings into exceptions; an app that is down or hangs up is an outcome to report here.
    set_error_handler(static fn (): bool => true);
    try {
        return emu_notify_exchange($url, $headers, $body);
    } finally {
        restore_error_handler();
    }
}

function emu_notify_exchange(string $url, array $headers, string $body): array
{
    $u = parse_url($url);
    $tls = ($u['scheme'] ?? '') === 'https';
    $host = $u['host'] ?? '127.0.0.1';
    $port = $u['port'] ?? ($tls ? 443 : 80);
    $ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
    $s = stream_socket_client(($tls ? 'ssl' : 'tcp') . "://$host:$port", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $ctx);
    if ($s === false) {
        return ['status' => 0, 'body' => '', 'error' => "cannot connect to $host:$port: $errstr"];
    }
    stream_set_timeout($s, 30);
    $path = ($u['path'] ?? '/') . (isset($u['query']) ? '?' . $u['query'] : '');
    $head = "POST $path HTTP/1.0\r\nHost: $host:$port\r\nUser-Agent: Mozilla/4.0\r\nAccept: */*\r\n"
        . 'Content-Length: ' . strlen($body) . "\r\n";
    foreach ($headers as $name => $value) {
        $head .= "$name: $value\r\n";
    }
    fwrite($s, "$head\r\n$body");
    $raw = (string) stream_get_contents($s);
    $timedOut = stream_get_meta_data($s)['timed_out'];
    fclose($s);
    [$top, $answer] = explode("\r\n\r\n", $raw, 2) + [1 => ''];
    if (!preg_match('~^HTTP/\d(?:\.\d)? (\d{3})~', $top, $m)) {
        return ['status' => 0, 'body' => '', 'error' => $timedOut ? 'the app did not answer within 30 s' : 'no HTTP answer'];
    }
    return ['status' => (int) $m[1], 'body' => $answer, 'error' => null];
}
