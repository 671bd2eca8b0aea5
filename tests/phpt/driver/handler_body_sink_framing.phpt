--TEST--
getDriver(): the stack's handler sends a PSR-7 stream body whole, writes a 2xx to 'sink', traces to 'debug', and refuses a Content-Length that is not the body's or a Host that is not the URI's (needs the signer/verifier middleware to build the stack)
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
$c = $i->getDriver()->select();
$sink = tempnam(sys_get_temp_dir(), 'wxp');
$trace = fopen('php://memory', 'w+');
$r = $c->request('PUT', 'v3/emulator/echo', ['body' => GuzzleHttp\Psr7\Utils::streamFor(str_repeat('x', 70000)), 'sink' => $sink, 'debug' => $trace]);
$j = json_decode(file_get_contents($sink), true);
echo $r->getStatusCode(), ' ', $j['method'], ' ', strlen($j['body']), ' ', $j['headers']['content-length'], ' ', isset($j['headers']['expect']) ? 'expect' : 'no expect', "\n";
rewind($trace);
echo str_contains(stream_get_contents($trace), 'PUT /v3/emulator/echo') ? 'traced' : 'no trace', "\n";
unlink($sink);
$stack->push(GuzzleHttp\Middleware::mapRequest(fn ($r) => $r->withHeader('Content-Length', '2')), 'length');
try { $c->request('POST', 'v3/emulator/echo', ['body' => 'abc']); } catch (WeChatPay\Exception\InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
$stack->remove('length');
$stack->push(GuzzleHttp\Middleware::mapRequest(fn ($r) => $r->withHeader('Host', 'example.com')), 'host');
try { $c->request('GET', 'v3/emulator/echo'); } catch (WeChatPay\Exception\InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
echo count(wxp_emulator_requests($emu)), "\n";
?>
--EXPECT--
200 PUT 70000 70000 no expect
traced
The request's Content-Length (2) is not the length of its body (3 bytes): nothing was sent
The request's 'headers' must not set Host: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
1
