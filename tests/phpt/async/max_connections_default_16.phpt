--TEST--
max_connections: without the config entry a client keeps at most 16 connections to one host at once (default), and does use more than 8
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 32]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);

$count = 64;
// Long enough for the calls to overlap while the next ones are still being made (signed): under valgrind
// (run-tests -m) making one call takes over 100 ms, so 300 ms calls would barely overlap.
$ms = getenv('USE_ZEND_ALLOC') === '0' ? 3000 : 300;
$promises = [];
for ($i = 0; $i < $count; $i++) {
    // a call's timeout counts from when it is made, queueing included: the last of 64 queued 3 s calls on a
    // loaded machine under valgrind ends near the 30 s default, so the calls get room (concurrency is the point)
    $promises[] = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => $ms, 'timeout' => 120]);
}
$responses = WeChatPay\Promise::all($promises)->wait();
var_dump(count($responses));

// Each logged request is served for [time, time + ms]: how deep do those windows overlap?
$events = [];
foreach (wxp_emulator_requests($emu) as $entry) {
    $events[] = [$entry['time'], 1];
    $events[] = [$entry['time'] + ($ms - 1) / 1000, -1];
}
usort($events, static fn(array $a, array $b): int => $a[0] <=> $b[0] ?: $a[1] <=> $b[1]);
$depth = $max = 0;
foreach ($events as [, $delta]) {
    $max = max($max, $depth += $delta);
}
var_dump(count($events) / 2);
var_dump($max <= 16, $max > 8);
if ($max > 16 || $max <= 8) {
    echo "$max at once\n";
}
?>
--EXPECT--
int(64)
int(64)
bool(true)
bool(true)
