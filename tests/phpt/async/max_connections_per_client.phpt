--TEST--
max_connections: one client's limit holds while another client (default 16, another host) starts calls on the shared engine: 'max_connections' => 4 keeps its host at 4 connections at once
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$limited = wxp_emulator_start(['workers' => 16]);
$other = wxp_emulator_start(['workers' => 2]);
$four = WeChatPay\Builder::factory(wxp_config($limited, ['max_connections' => 4]));
$default = WeChatPay\Builder::factory(wxp_config($other));
$four->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
$default->chain('v3/emulator/echo')->get();
wxp_emulator_clear($limited);

$ms = 200;
$promises = [];
for ($i = 0; $i < 24; $i++) {
    $promises[] = $four->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => $ms]);
}
// Another client, with its own (default) limit, calls its own host meanwhile.
$promises[] = $default->chain('v3/emulator/echo')->getAsync();
WeChatPay\Promise::all($promises)->wait();

$events = [];
foreach (wxp_emulator_requests($limited) as $entry) {
    $events[] = [$entry['time'], 1];
    $events[] = [$entry['time'] + ($ms - 1) / 1000, -1];
}
usort($events, static fn(array $a, array $b): int => $a[0] <=> $b[0] ?: $a[1] <=> $b[1]);
$depth = $max = 0;
foreach ($events as [, $delta]) {
    $max = max($max, $depth += $delta);
}
var_dump(count($events) / 2);
var_dump($max <= 4);
if ($max > 4) {
    echo "$max at once\n";
}
?>
--EXPECT--
int(24)
bool(true)
