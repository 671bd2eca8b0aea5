<?php
/**
 * One web request of a merchant app using the wechatpay extension (bench/fpm_webrequest.php runs it under
 * php-fpm): build a client from the config with file:// keys, make ONE signed + verified member-card GET
 * over HTTPS, answer a tiny body. The configuration comes from the pool's env[...] (APP_*).
 *   /?readme=1 the same, written the package's README way: the keys as Rsa::from() objects
 *   &calls=N   makes the GET N times (default 1): the difference tells a request's first call from the next
 *   /?raw=1    answers the member-card response body instead (the benchmark's RSA floor hashes one like it)
 *   /?stats=1  answers {"pid", "pool": WeChatPay\Pool::stats() or null when there is no such class}
 *   /?noop=1   answers `ok` without any client or call: what a web request costs the pool by itself
 *   /?factory=1 builds the client exactly as below but makes no call
 */

declare(strict_types=1);

$env = static fn (string $name): string => (string) getenv($name);

if (isset($_GET['noop'])) {
    $out = "ok noop\n";
} elseif (isset($_GET['stats'])) {
    $out = json_encode(['pid' => getmypid(),
        'pool' => class_exists('WeChatPay\Pool') ? WeChatPay\Pool::stats() : null], JSON_UNESCAPED_SLASHES);
} else {
    $readme = isset($_GET['readme']);
    $instance = WeChatPay\Builder::factory([
        'mchid' => $env('APP_MCHID'),
        'serial' => $env('APP_SERIAL'),
        'privateKey' => $readme
            ? WeChatPay\Crypto\Rsa::from('file://' . $env('APP_PRIVATE_KEY'), WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE)
            : 'file://' . $env('APP_PRIVATE_KEY'),
        'certs' => [$env('APP_PLATFORM_SERIAL') => $readme
            ? WeChatPay\Crypto\Rsa::from('file://' . $env('APP_PLATFORM_CERT'), WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC)
            : 'file://' . $env('APP_PLATFORM_CERT')],
        'base_uri' => $env('APP_BASE_URI'),
        'verify' => $env('APP_CA'),
    ]);
    if (isset($_GET['factory'])) {
        $out = "ok factory\n";
        header('Content-Type: text/plain');
        header('Content-Length: ' . strlen($out));
        echo $out;
        return;
    }
    for ($i = max(1, (int) ($_GET['calls'] ?? 1)); $i > 0; $i--) {
        $response = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get([
            'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
            'code' => '478515832665',
        ]);
    }
    $body = (string) $response->getBody();
    $card = json_decode($body, true);
    $out = isset($_GET['raw']) ? $body : 'ok ' . ($card['code'] ?? '?') . "\n";
}
header('Content-Type: text/plain');
header('Content-Length: ' . strlen($out));
echo $out;
