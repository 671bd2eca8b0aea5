--TEST--
Driver: Guzzle's Middleware::log pushed on the getDriver() stack logs every chain call, sync and async, through a PSR-3 logger: the signed request (the signer runs before it) and every answer (pushed inside http_errors, it logs a 404 before http_errors throws the verbs' ClientException, a GuzzleHttp\Exception\ClientException)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed');
if (!is_file('/usr/share/php/Psr/Log/autoload.php')) die('skip php-psr-log not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
require '/usr/share/php/Psr/Log/autoload.php';

final class ArrayLogger extends Psr\Log\AbstractLogger
{
    public array $lines = [];
    public function log($level, $message, array $context = []): void
    {
        $this->lines[] = "[$level] $message";
    }
}

$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$logger = new ArrayLogger();
$instance->getDriver()->select()->getConfig('handler')->push(GuzzleHttp\Middleware::log($logger,
    new GuzzleHttp\MessageFormatter('{method} {target} {code} {req_header_Content-Type} auth={req_header_Authorization}')), 'log');

echo $instance->chain('v3/emulator/echo')->post(['json' => ['a' => 1]])->getStatusCode(), "\n";
echo $instance->v3->emulator->echo->getAsync(['query' => ['b' => 2]])->wait()->getStatusCode(), "\n";
try {
    $instance->chain('v3/emulator/error/404')->get();
} catch (GuzzleHttp\Exception\ClientException $e) { // the extension's http_errors: the verbs' exception, over Guzzle's class
    echo get_class($e), ' ', $e->getResponse()->getStatusCode(), "\n";
}
foreach ($logger->lines as $line) {
    echo preg_replace('~auth=WECHATPAY2-SHA256-RSA2048 mchid="\d+",serial_no="\w+",timestamp="\d+",nonce_str="\w{32}",signature="[^"]+"~', 'auth=<signed>', $line), "\n";
}
?>
--EXPECT--
200
200
WeChatPay\Exception\Guzzle\ClientException 404
[info] POST /v3/emulator/echo 200 application/json auth=<signed>
[info] GET /v3/emulator/echo?b=2 200 application/json; charset=utf-8 auth=<signed>
[info] GET /v3/emulator/error/404 404 application/json; charset=utf-8 auth=<signed>
