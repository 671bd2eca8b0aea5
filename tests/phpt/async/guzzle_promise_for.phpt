--TEST--
Guzzle interop: GuzzleHttp\Promise\Create::promiseFor() returns our promise (HTTP or new Promise()) as is, a PromiseInterface, and its wait() gives our value or throws our reason
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
use GuzzleHttp\Promise\Create;
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$ours = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 100]);
$theirs = Create::promiseFor($ours);
var_dump(get_class($theirs), $theirs === $ours);
$response = $theirs->wait();
var_dump(get_class($response), (string) $response->getBody());

$deferred = new WeChatPay\Promise();
$deferred->resolve('plain value');
var_dump(Create::promiseFor($deferred)->wait());

// Guzzle's then() on the wrapper runs once ours settles.
$chained = Create::promiseFor($client->chain('v3/emulator/echo')->getAsync())
    ->then(static fn($r) => 'status ' . $r->getStatusCode());
var_dump($chained->wait());

$rejected = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 502]);
try {
    Create::promiseFor($rejected)->wait();
    echo "no throw\n";
} catch (WeChatPay\Exception\ServerException $e) {
    echo get_class($e), ' ', $e->getStatusCode(), "\n";
}
?>
--EXPECT--
string(31) "WeChatPay\Promise\GuzzlePromise"
bool(true)
string(23) "WeChatPay\Http\Response"
string(13) "{"slept":100}"
string(11) "plain value"
string(10) "status 200"
WeChatPay\Exception\Own\ServerException 502
