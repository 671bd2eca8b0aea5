--TEST--
Async failures: a timeout rejects the promise with the ConnectException (cURL error 28) the sync call throws, after the timeout, not the 5 s answer
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
$node = $client->chain('v3/emulator/slow/{ms}');

$describe = static fn(Throwable $e): string => get_class($e) . ' errno=' . $e->getCurlErrno() . ' code=' . $e->getCode()
    . ' response=' . var_export($e->getResponse(), true) . ' '
    . preg_replace('~after \d+ milliseconds~', 'after N milliseconds', str_replace($emu['base_uri'], '{BASE}/', $e->getMessage()));
try {
    $node->get(['ms' => 5000, 'timeout' => 1.5]);
    echo "sync: no exception\n";
} catch (Throwable $e) {
    $sync = $describe($e);
}
$start = microtime(true);
// 1.5 s: the call's time counts from when it is made, and making (signing) one takes a good part of a
// second under valgrind; a shorter timeout would run out before the request is sent there.
$promise = $node->getAsync(['ms' => 5000, 'timeout' => 1.5]);
try {
    $promise->wait();
    echo "async: fulfilled\n";
} catch (Throwable $e) {
    $elapsed = microtime(true) - $start;
    $async = $describe($e);
    echo $async, "\n";
    var_dump($async === $sync);
    var_dump($elapsed >= 1.4 && $elapsed < 4.0);
}
?>
--EXPECT--
WeChatPay\Exception\Own\ConnectException errno=28 code=28 response=NULL GET {BASE}/v3/emulator/slow/5000 got no answer: cURL error 28: Operation timed out after N milliseconds with 0 bytes received
bool(true)
bool(true)
