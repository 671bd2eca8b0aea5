<?php
/**
 * Runs N calls of one way (floor | minimal | sync | async | factory) after a warm-up, for bench/instructions.sh, which
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

$ways = bench_hot_ways(wxp_fpm_emulator_start(['children' => 2]));
if (!isset($ways[$mode])) {
    fwrite(STDERR, "unknown mode $mode (floor, minimal, sync, async, factory)\n");
    exit(2);
}
$run = $ways[$mode];
for ($i = 0; $i < 20; $i++) {
    $run();
}
for ($i = 0; $i < $n; $i++) {
    $run();
}
echo "$mode $n done\n";
