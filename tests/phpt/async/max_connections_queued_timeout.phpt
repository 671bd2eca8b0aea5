--TEST--
max_connections: a call's timeout counts from when it was made, queueing included: with max_connections 1 and a 4 s call running, four calls with a 1.5 s timeout fail with ConnectException (cURL error 28) while still queued, before the running call ends, and are never sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 1]));
$api->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);

$settledAt = [];
$record = static function (string $n) use (&$settledAt) {
    return [static function ($response) use ($n, &$settledAt) {
        $settledAt[$n] = microtime(true);
        return "fulfilled {$response->getStatusCode()}";
    }, static function (Throwable $e) use ($n, &$settledAt) {
        $settledAt[$n] = microtime(true);
        return get_class($e) . " {$e->getCode()}: " . (str_ends_with($e->getMessage(), 'nothing was sent') ? 'nothing was sent' : $e->getMessage());
    }];
};
$promises = ['a' => $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 4000, 'query' => ['n' => 'a'], 'timeout' => 20])
    ->then(...$record('a'))];
foreach (['b', 'c', 'd', 'e'] as $n) {
    $promises[$n] = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 100, 'query' => ['n' => $n], 'timeout' => 1.5])
        ->then(...$record($n));
}
foreach (WeChatPay\Promise::all($promises)->wait() as $n => $outcome) {
    echo "$n: $outcome\n";
}
var_dump(array_column(wxp_emulator_requests($emu), 'request_uri'));
// Each queued call was failed when its time was up, not when the running call freed the connection.
var_dump(max($settledAt['b'], $settledAt['c'], $settledAt['d'], $settledAt['e']) < $settledAt['a']);
?>
--EXPECT--
a: fulfilled 200
b: WeChatPay\Exception\Own\ConnectException 28: nothing was sent
c: WeChatPay\Exception\Own\ConnectException 28: nothing was sent
d: WeChatPay\Exception\Own\ConnectException 28: nothing was sent
e: WeChatPay\Exception\Own\ConnectException 28: nothing was sent
array(1) {
  [0]=>
  string(26) "/v3/emulator/slow/4000?n=a"
}
bool(true)
