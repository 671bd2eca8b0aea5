--TEST--
Promise: cancel() aborts the transfer behind a pending promise (a 3 s slow answer is not waited for) and rejects it, and then()'s promises, with CancellationException; cancel() on a settled promise does nothing
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
use WeChatPay\Exception\CancellationException;
$emu = wxp_emulator_start(['workers' => 4]);
$other = wxp_emulator_start(); // for the next call: the aborted one may still occupy an emulator process
$client = WeChatPay\Builder::factory(wxp_config($emu));

$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)

$start = microtime(true);
$slow = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 3000]);
$next = $slow->then(static fn() => 'not called', static fn($e) => 'onRejected got ' . get_class($e));
$slow->cancel();
var_dump($slow->getState());
try {
    $slow->wait();
    echo "no throw\n";
} catch (CancellationException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump($e instanceof WeChatPay\Exception\RejectionException);
}
var_dump($next->wait());
// Another call still works at once: the engine is not stuck on the aborted one.
var_dump($client->chain('v3/emulator/echo')->getAsync(['base_uri' => $other['base_uri']])->wait()->getStatusCode());
$elapsed = microtime(true) - $start;
var_dump($elapsed < 2.0);
if ($elapsed >= 2.0) {
    echo "took $elapsed s\n";
}

// cancel() of a settled promise changes nothing.
$done = $client->chain('v3/emulator/echo')->getAsync();
$done->wait();
$done->cancel();
var_dump($done->getState(), $done->wait()->getStatusCode());
$deferred = new WeChatPay\Promise();
$deferred->cancel();
try {
    $deferred->wait();
} catch (CancellationException $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
string(8) "rejected"
WeChatPay\Exception\Own\CancellationException: The promise was cancelled
bool(true)
string(60) "onRejected got WeChatPay\Exception\Own\CancellationException"
int(200)
bool(true)
string(9) "fulfilled"
int(200)
WeChatPay\Exception\Own\CancellationException
