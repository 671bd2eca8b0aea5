<?php
/**
 * Runs N calls of one way (floor | minimal | sync | async | async8 | factory) after a warm-up (async8 makes
 * its calls 8 at a time: intdiv(N, 8) runs), for bench/instructions.sh, which
 * runs it under callgrind twice with different N: the difference divided by the difference in N is the
 * instructions one call costs, whatever the start-up and warm-up cost.
 *
 * Run: php -d extension=modules/wechatpay.so bench/hotpath_driver.php MODE N
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/hot_ways.inc';

[, $mode, $n] = $argv + [1 => 'sync', 2 => '100'];
$n = (int) $n;

$ways = bench_hot_ways(wxp_fpm_emulator_start(['children' => 8]));
if (!isset($ways[$mode])) {
    fwrite(STDERR, "unknown mode $mode (floor, minimal, sync, async, async8, factory, auto, factoryauto)\n");
    exit(2);
}
$run = $ways[$mode];
$per = BENCH_CALLS_PER_RUN[$mode] ?? 1;
for ($i = 0; $i < intdiv(20, $per); $i++) {
    $run();
}
for ($i = 0; $i < intdiv($n, $per); $i++) {
    $run();
}
echo "$mode $n done\n";
