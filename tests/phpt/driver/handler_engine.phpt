--TEST--
getDriver(): the stack's handler sends over the extension's engine (Pool::stats() counts it), resolves any status with Http\Response, and a connection failure is Guzzle's ConnectException with the request (needs the signer/verifier middleware to build the stack)
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
$before = WeChatPay\Pool::stats()['transfers'];
$r = $c->request('POST', 'v3/emulator/echo', ['json' => ['a' => 1]]);
echo get_class($r), ' ', $r->getStatusCode(), ' ', WeChatPay\Pool::stats()['transfers'] - $before, "\n";
$j = json_decode((string) $r->getBody(), true);
echo $j['body'], ' ', $j['headers']['content-length'], "\n";
$r = $c->request('GET', 'v3/emulator/error/404', ['http_errors' => false]);
echo get_class($r), ' ', $r->getStatusCode(), "\n";
try { $c->request('GET', 'v3/emulator/error/500'); } catch (GuzzleHttp\Exception\ServerException $e) { echo 'ServerException ', $e->getResponse()->getStatusCode(), "\n"; }
try { $i->chain('v3/emulator/drop')->get(); } catch (GuzzleHttp\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getRequest()->getMethod(), ' ', $e->getRequest()->getUri()->getPath(), ' ', $e->getHandlerContext()['errno'], "\n";
}
$p = $c->requestAsync('GET', 'v3/emulator/echo');
echo $p instanceof WeChatPay\Promise ? 'WeChatPay\Promise' : get_class($p), ' ', $p->wait()->getStatusCode(), "\n";
echo WeChatPay\Pool::stats()['transfers'] - $before, "\n";
?>
--EXPECT--
WeChatPay\Http\Response 200 1
{"a":1} 7
WeChatPay\Http\Response 404
ServerException 500
WeChatPay\Exception\Guzzle\ConnectException GET /v3/emulator/drop 52
WeChatPay\Promise 200
5
