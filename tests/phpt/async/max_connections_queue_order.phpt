--TEST--
max_connections: calls beyond a client's max_connections wait their turn in call order (the emulator receives them in that order), while another client's calls are not held up by that queue
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 8]);
$emuOther = wxp_emulator_start();
$one = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 1]));
$other = WeChatPay\Builder::factory(wxp_config($emuOther));
$one->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
$other->chain('v3/emulator/echo')->get();
wxp_emulator_clear($emu);
wxp_emulator_clear($emuOther);

$start = microtime(true);
$queued = [];
foreach (['a', 'b', 'c', 'd', 'e'] as $n) {
    $queued[$n] = $one->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 200, 'query' => ['n' => $n]]);
}
// Another client (default max_connections) calls meanwhile: it starts at once, not after a..e.
$otherStart = microtime(true);
$free = $other->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 100, 'query' => ['n' => 'other']]);
$free->wait();
$otherElapsed = microtime(true) - $otherStart;
WeChatPay\Promise::all($queued)->wait();
$elapsed = microtime(true) - $start;

$uris = array_column(wxp_emulator_requests($emu), 'request_uri');
var_dump($uris);
var_dump(array_column(wxp_emulator_requests($emuOther), 'request_uri') === ['/v3/emulator/slow/100?n=other']);
var_dump($otherElapsed < 0.6);   // not behind the 5 x 200 ms queue
var_dump($elapsed >= 0.99);      // one at a time: 5 x 200 ms at least
if ($otherElapsed >= 0.6 || $elapsed < 0.99) {
    echo "other after $otherElapsed s, all after $elapsed s\n";
}
?>
--EXPECT--
array(5) {
  [0]=>
  string(25) "/v3/emulator/slow/200?n=a"
  [1]=>
  string(25) "/v3/emulator/slow/200?n=b"
  [2]=>
  string(25) "/v3/emulator/slow/200?n=c"
  [3]=>
  string(25) "/v3/emulator/slow/200?n=d"
  [4]=>
  string(25) "/v3/emulator/slow/200?n=e"
}
bool(true)
bool(true)
bool(true)
