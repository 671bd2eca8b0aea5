--TEST--
max_connections: 1,000 promises in flight to one host with 'max_connections' => 8 all fulfil, and the emulator never serves more than 8 of them at once (200 under valgrind)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 16]);
// A long 'timeout': under valgrind, signing the queued calls takes longer than the default 30 s while the
// first answers wait unread, which late_wait_not_timed_out.phpt covers on its own.
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 8, 'timeout' => 600]));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);

$count = getenv('USE_ZEND_ALLOC') === '0' ? 200 : 1000; // valgrind (run-tests -m) is slow
$ms = 10; // each request holds its connection at least this long after the emulator logged it
$start = microtime(true);
$promises = [];
for ($i = 0; $i < $count; $i++) {
    $promises[] = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => $ms]);
}
$responses = WeChatPay\Promise::all($promises)->wait();
$elapsed = microtime(true) - $start;

$ok = 0;
foreach ($responses as $response) {
    $ok += $response->getStatusCode() === 200 && (string) $response->getBody() === '{"slept":' . $ms . '}';
}
var_dump($ok === $count);
$states = array_count_values(array_map(static fn(WeChatPay\Promise $p): string => $p->getState(), $promises));
var_dump($states === ['fulfilled' => $count]);

// Each logged request is served for [time, time + ms]: those windows never overlap more than 8 deep.
$log = wxp_emulator_requests($emu);
var_dump(count($log) === $count);
$events = [];
foreach ($log as $entry) {
    $events[] = [$entry['time'], 1];
    $events[] = [$entry['time'] + ($ms - 1) / 1000, -1];
}
usort($events, static fn(array $a, array $b): int => $a[0] <=> $b[0] ?: $a[1] <=> $b[1]);
$depth = $max = 0;
foreach ($events as [, $delta]) {
    $max = max($max, $depth += $delta);
}
var_dump($max <= 8);
if ($max > 8) {
    echo "$max at once\n";
}
// And 8 at a time cannot serve them faster than count / 8 * ms.
var_dump($elapsed >= $count / 8 * $ms / 1000);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
