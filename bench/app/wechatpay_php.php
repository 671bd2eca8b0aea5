<?php
/**
 * One web request of a merchant app using wechatpay-php (wechatpay/wechatpay 1.4.12), for
 * bench/fpm_webrequest.php; runs WITHOUT the wechatpay extension (both define WeChatPay\Builder). Same work as
 * ext_request.php's /?readme=1, the package's README way: Rsa::from() of the file:// private key and platform
 * certificate, Builder::factory() with those objects, ONE member-card GET over HTTPS, a tiny body.
 *
 * The package is not in this project: its source is extracted by bench/inc/wechatpay_php_source.inc and
 * found through env[...]: APP_WXP_SRC (wechatpay-php's src/), APP_URI_TEMPLATE_SRC (guzzle/uri-template's
 * src/), loaded by the small PSR-4 autoloader below; Guzzle, its PSR-7 and promises are Debian's
 * (/usr/share/php, their own autoloaders), PHP's curl extension Debian's php8.2-curl.
 */

declare(strict_types=1);

$env = static fn (string $name): string => (string) getenv($name);

$psr4 = ['WeChatPay\\' => $env('APP_WXP_SRC'), 'GuzzleHttp\\UriTemplate\\' => $env('APP_URI_TEMPLATE_SRC')];
spl_autoload_register(static function (string $class) use ($psr4): void {
    foreach ($psr4 as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
require '/usr/share/php/GuzzleHttp/autoload.php';

if (isset($_GET['noop'])) {
    $out = "ok noop\n";
} else {
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
}
header('Content-Type: text/plain');
header('Content-Length: ' . strlen($out));
echo $out;
