--TEST--
getDriver(): a header Middleware::mapRequest adds reaches the server on chain calls (needs the signer/verifier middleware to build the stack)
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
$i = WeChatPay\Builder::factory(wxp_config($emu));
$stack = wxp_driver_test_stack($i, $emu);
$stack->push(GuzzleHttp\Middleware::mapRequest(fn ($r) => $r->withHeader('X-Trace', 'abc')), 'trace');
wxp_emulator_clear($emu);
echo $i->v3->emulator->echo->get()->getStatusCode(), "\n";
$stack->push(GuzzleHttp\Middleware::mapRequest(fn ($r) => $r->withHeader('Connection', 'close')), 'bad');
try { $i->v3->emulator->echo->get(); } catch (WeChatPay\Exception\InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
$log = wxp_emulator_requests($emu);
echo count($log), ' ', $log[0]['headers']['x-trace'], ' ', $log[0]['auth'] ? 'auth' : 'no auth', "\n";
?>
--EXPECT--
200
The request's 'headers' must not set Connection: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
1 abc auth
