--TEST--
max_connections: a sync call respects its client's max_connections like an async one: with max_connections 1 and an async call running, the sync request reaches the server only after the async one was answered, and its timeout counts the wait
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 1]));
$api->chain('v3/emulator/echo')->get(); // warm-up
wxp_emulator_clear($emu);

$async = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 1500, 'query' => ['n' => 'async']]);
$sync = $api->chain('v3/emulator/echo')->get(['query' => ['n' => 'sync']]);
echo $sync->getStatusCode(), ' ', $async->getState(), "\n";
[$first, $second] = wxp_emulator_requests($emu);
echo $first['request_uri'], ' then ', $second['request_uri'], "\n";
$gap = $second['time'] - $first['time'];
var_dump($gap >= 1.4); // the async call's 1.5 s, then the sync request
echo $async->wait()->getStatusCode(), "\n";

// Its time counts while it waits: a sync call behind a 3 s call with a 1 s timeout fails unsent.
$slow = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 3000]);
try {
    $api->chain('v3/emulator/echo')->get(['timeout' => 1, 'query' => ['n' => 'late']]);
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_contains($e->getMessage(), 'nothing was sent') ? 'nothing was sent' : $e->getMessage(), "\n";
}
$slow->wait();
var_dump(in_array('/v3/emulator/echo?n=late', array_column(wxp_emulator_requests($emu), 'request_uri'), true));
?>
--EXPECT--
200 pending
/v3/emulator/slow/1500?n=async then /v3/emulator/echo?n=sync
bool(true)
200
WeChatPay\Exception\Own\ConnectException 28: nothing was sent
bool(false)
