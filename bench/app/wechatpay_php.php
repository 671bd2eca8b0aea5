<?php
/**
 * One web request of a merchant app using wechatpay-php (the Composer package wechatpay/wechatpay), for
 * bench/fpm_webrequest.php when Composer could install it (APP_VENDOR = its vendor folder); runs WITHOUT
 * the wechatpay extension (both define WeChatPay\Builder). Same work as ext_request.php: build the client
 * with the package's documented config (Rsa::from of the file:// keys), ONE member-card GET, a tiny body.
 * Not run so far: the Packagist mirror of the development machine does not have the package.
 */

declare(strict_types=1);

$env = static fn (string $name): string => (string) getenv($name);
require $env('APP_VENDOR') . '/autoload.php';

$instance = WeChatPay\Builder::factory([
    'mchid' => $env('APP_MCHID'),
    'serial' => $env('APP_SERIAL'),
    'privateKey' => WeChatPay\Crypto\Rsa::from('file://' . $env('APP_PRIVATE_KEY'), WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE),
    'certs' => [$env('APP_PLATFORM_SERIAL') => WeChatPay\Crypto\Rsa::from('file://' . $env('APP_PLATFORM_CERT'),
        WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC)],
    'base_uri' => $env('APP_BASE_URI'),
    'verify' => $env('APP_CA'),
]);
$response = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get([
    'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
    'code' => '478515832665',
]);
$card = json_decode((string) $response->getBody(), true);
$out = 'ok ' . ($card['code'] ?? '?') . "\n";
header('Content-Type: text/plain');
header('Content-Length: ' . strlen($out));
echo $out;
