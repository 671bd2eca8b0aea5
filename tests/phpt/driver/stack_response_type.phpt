--TEST--
Driver: through a changed stack a sync verb returns what the middleware give (here a GuzzleHttp\Psr7\Response a mapResponse made), which the verbs' declared return type, Psr\Http\Message\ResponseInterface, allows; the verbs' own path returns the extension's response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$instance = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
echo (new ReflectionMethod(WeChatPay\BuilderNode::class, 'get'))->getReturnType(), "\n";
echo get_class($instance->chain('v3/emulator/echo')->get()), "\n";
$instance->getDriver()->select()->getConfig('handler')->push(GuzzleHttp\Middleware::mapResponse(
    fn ($r) => new GuzzleHttp\Psr7\Response($r->getStatusCode(), $r->getHeaders() + ['X-Rewrapped' => 'yes'], (string) $r->getBody()) // signed headers kept: the verifier, outermost, checks it
), 'rewrap');
$r = $instance->chain('v3/emulator/echo')->get();
echo get_class($r), ' ', $r->getHeaderLine('X-Rewrapped'), ' ', $r instanceof Psr\Http\Message\ResponseInterface ? 'psr-7' : '-', "\n";
?>
--EXPECT--
Psr\Http\Message\ResponseInterface
WeChatPay\Http\Response
GuzzleHttp\Psr7\Response yes psr-7
