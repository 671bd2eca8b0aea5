<?php
/**
 * Runs N iterations of one way of bench/guzzle_response.inc (ext | ext+guzzle | wrap | guzzle_new) for a body of
 * BYTES bytes, after a warm-up, for bench/guzzle_instructions.sh, which runs it under callgrind with two N: the
 * difference over the difference in N is one iteration, start-up excluded.
 *
 * Run: php -d extension=modules/wechatpay.so bench/guzzle_response_driver.php MODE BYTES N
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/guzzle_response.inc';

[, $mode, $bytes, $n] = $argv + [1 => 'ext', 2 => '200', 3 => '100'];
bench_guzzle_autoload();
ini_set('memory_limit', '512M');
$emu = wxp_fpm_emulator_start(['children' => 2]);
$ways = bench_guzzle_ways(WeChatPay\Builder::factory(wxp_config($emu)), (int) $bytes);
if (!isset($ways[$mode])) {
    fwrite(STDERR, "unknown mode $mode (" . implode(', ', array_keys($ways)) . ")\n");
    exit(2);
}
$run = $ways[$mode];
for ($i = 0; $i < 5; $i++) {
    $run();
}
for ($i = 0, $n = (int) $n; $i < $n; $i++) {
    $run();
}
echo "$mode $bytes $n done\n";
