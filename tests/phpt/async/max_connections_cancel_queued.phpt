--TEST--
max_connections: cancel() of a call queued behind its client's max_connections removes it (never sent) and the next queued call takes the slot; cancel() of the running one starts the next at once
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$other = wxp_emulator_start(); // the queued call's: the aborted one may still occupy an emulator process
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 1]));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);
$slow = $client->chain('v3/emulator/slow/{ms}');

$start = microtime(true);
$first = $slow->getAsync(['ms' => 400, 'query' => ['n' => 'first']]);
$second = $slow->getAsync(['ms' => 400, 'query' => ['n' => 'second']]);  // queued
$third = $slow->getAsync(['ms' => 400, 'query' => ['n' => 'third']]);    // queued
$second->cancel();
var_dump($second->getState());
var_dump((string) $third->wait()->getBody(), $first->getState());
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.79 && $elapsed < 1.15); // first, then third: 2 x 400 ms, not 3
if ($elapsed < 0.79 || $elapsed >= 1.15) {
    echo "took $elapsed s\n";
}
var_dump(array_column(wxp_emulator_requests($emu), 'request_uri'));

// Cancelling the running call hands its slot to the queued one at once.
wxp_emulator_clear($emu);
$start = microtime(true);
$running = $slow->getAsync(['ms' => 3000, 'query' => ['n' => 'running']]);
$queued = $slow->getAsync(['ms' => 100, 'query' => ['n' => 'queued'], 'base_uri' => $other['base_uri']]);
usleep(100000);
$running->cancel();
var_dump((string) $queued->wait()->getBody(), $running->getState());
var_dump(microtime(true) - $start < 1.5);
var_dump(array_column(wxp_emulator_requests($emu), 'request_uri'), array_column(wxp_emulator_requests($other), 'request_uri'));
?>
--EXPECT--
string(8) "rejected"
string(13) "{"slept":400}"
string(9) "fulfilled"
bool(true)
array(2) {
  [0]=>
  string(29) "/v3/emulator/slow/400?n=first"
  [1]=>
  string(29) "/v3/emulator/slow/400?n=third"
}
string(13) "{"slept":100}"
string(8) "rejected"
bool(true)
array(1) {
  [0]=>
  string(32) "/v3/emulator/slow/3000?n=running"
}
array(1) {
  [0]=>
  string(30) "/v3/emulator/slow/100?n=queued"
}
