<?php
/**
 * A merchant app's notify_url, served by `php -S` with the extension (tests/inc/emulator_product.inc starts it):
 * each POST goes through WeChatPay\Notification::handle() with the client of WXP_NOTIFY_APP_DIR/config.json;
 * the outcome is appended to WXP_NOTIFY_APP_DIR/record.jsonl as {"path", "ok", "event_type", "resource"} or
 * {"path", "ok": false, "code", "error"}, and answered 204, or 400 {"code":"FAIL"} on a refusal.
 * A path /flaky/N answers 500 to its first N callbacks before looking at them (WeChat Pay then retries).
 */

declare(strict_types=1);

$dir = (string) getenv('WXP_NOTIFY_APP_DIR');
$path = explode('?', $_SERVER['REQUEST_URI'], 2)[0];
$body = (string) file_get_contents('php://input');
if (preg_match('~^/flaky/(\d+)$~', $path, $m)) {
    $count = "$dir/flaky.count";
    $n = (int) @file_get_contents($count) + 1;
    file_put_contents($count, (string) $n);
    if ($n <= (int) $m[1]) {
        http_response_code(500);
        echo '{"code":"FAIL","message":"busy"}';
        return;
    }
}
$config = json_decode((string) file_get_contents("$dir/config.json"), true, 16, JSON_THROW_ON_ERROR);
try {
    $resource = WeChatPay\Notification::handle(WeChatPay\Builder::factory($config), getallheaders(), $body);
    $record = ['path' => $path, 'ok' => true, 'event_type' => json_decode($body, true)['event_type'] ?? null,
        'resource' => $resource];
    http_response_code(204);
} catch (WeChatPay\Exception\NotificationException $e) {
    $record = ['path' => $path, 'ok' => false, 'code' => $e->getCode(), 'error' => $e->getMessage()];
    http_response_code(400);
    header('Content-Type: application/json');
    echo '{"code":"FAIL","message":"refused"}';
}
file_put_contents("$dir/record.jsonl", json_encode($record, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n",
    FILE_APPEND | LOCK_EX);
