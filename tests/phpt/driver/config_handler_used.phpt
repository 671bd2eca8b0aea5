--TEST--
Config 'handler': getDriver()'s client uses a copy of the app's HandlerStack, given the engine and the signer/verifier, and every chain call goes through it (needs the signer/verifier middleware to build the stack)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/driver.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$history = [];
$app = new GuzzleHttp\HandlerStack(); // no handler: the extension's engine is set on the copy
$app->push(GuzzleHttp\Middleware::httpErrors(), 'http_errors');
$app->push(GuzzleHttp\Middleware::prepareBody(), 'prepare_body');
$app->push(GuzzleHttp\Middleware::history($history), 'history');
$i = WeChatPay\Builder::factory(wxp_config($emu, ['handler' => $app]));
$stack = wxp_driver_test_stack($i, $emu);
var_dump($stack === $app, $app->hasHandler(), $stack->hasHandler());
echo implode(' -> ', wxp_driver_stack_names($app)), "\n";
echo implode(' -> ', wxp_driver_stack_names($i->getDriver()->select()->getConfig('handler'))), "\n";
echo $i->v3->emulator->echo->get()->getStatusCode(), ' ', $i->v3->emulator->echo->getAsync()->wait()->getStatusCode(), ' ', count($history), "\n";
// each entry's options hold the stack ('handler'), whose history middleware holds the entries: a cycle of
// Guzzle's own, broken here so the test's memory check sees what the extension leaves
$history = [];
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
http_errors -> prepare_body -> history
http_errors -> signer -> prepare_body -> history
200 200 2
