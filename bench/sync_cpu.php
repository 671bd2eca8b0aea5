<?php
/**
 * The hot path: client CPU per signed + verified call, sync and async, against the floor of one RSA-2048 sign
 * + one verify measured in the same process and run. Targets: at most 1.30x the floor (issue 2, sync) and at
 * most 1.15x (issue 5, sync and async); against the minimal raw-socket client measured in the same run, sync at
 * most 1.10x and async with 8 in flight at most 1.00x (issue 13).
 *
 * Run: php -d extension=modules/wechatpay.so bench/sync_cpu.php [calls per round=256] [rounds=7]
 *
 * Six ways of making the same member-card GET take turns in blocks of 16 calls, in an order that rotates, so
 * all of them see the same load from other processes as it drifts; each way's figure is its median over the
 * rounds. The emulator runs under php-fpm behind nginx with keep-alive (tests/inc/fpm.inc), in other
 * processes: its CPU is not counted.
 *   floor     openssl_sign + openssl_verify, nothing else (bench/lib.inc)
 *   minimal   the floor plus a raw HTTP/1.1 exchange on a kept-alive PHP socket (bench/minimal_client.inc):
 *             what any client pays on this machine, whatever its code
 *   sync      $card->get($args)
 *   async     $card->getAsync($args)->wait()
 *   async8    8 x $card->getAsync($args) in flight, then Promise::all()->wait() (a block of 16 is 2 batches)
 *   new conn. sync get() straight to `php -S`, which closes every connection (a TCP connect per call;
 *             informational)
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/hot_ways.inc';

const BLOCK = 16;

$calls = (int) ($argv[1] ?? 256);
$rounds = (int) ($argv[2] ?? 7);
$calls = max(BLOCK, intdiv($calls, BLOCK) * BLOCK);

$emu = wxp_emulator_start(['workers' => 2]);
$fpm = wxp_fpm_emulator_start(['children' => 8]);
$ways = bench_hot_ways($fpm);
$directCard = bench_card(WeChatPay\Builder::factory(wxp_config($emu)));
$modes = [
    'floor' => $ways['floor'],
    'minimal' => $ways['minimal'],
    'sync' => $ways['sync'],
    'async' => $ways['async'],
    'async8' => $ways['async8'],
    'newconn' => static function () use ($directCard): void { $directCard->get(BENCH_CARD_ARGS); },
];
foreach ($modes as $run) { // warm-up: engine, bridge classes, connections, OpenSSL's lazily loaded algorithms
    for ($i = 0; $i < 2 * BLOCK; $i++) {
        $run();
    }
}

$names = array_keys($modes);
printf("load before: %s\n", bench_loadavg());
// A way's run makes BENCH_CALLS_PER_RUN calls (1 unless named); a block makes BLOCK calls.
$blocks = [];
foreach ($modes as $mode => $run) {
    $per = BENCH_CALLS_PER_RUN[$mode] ?? 1;
    $blocks[$mode] = static function (int $n) use ($run, $per): void {
        for ($i = 0; $i < intdiv($n, $per); $i++) {
            $run();
        }
    };
}
['cpu' => $cpu, 'wall' => $wall] = bench_take_turns($blocks, $rounds, $calls, BLOCK);
$m = array_map('bench_median', $cpu);
$w = array_map('bench_median', $wall);
$ratio = static fn (string $mode, string $over = 'floor'): float => $m[$mode] / $m[$over];
$verdict = static fn (bool $ok): string => $ok ? 'MET' : 'MISSED';

$label = [
    'floor' => 'RSA sign+verify floor',
    'minimal' => 'minimal raw-socket client',
    'sync' => 'sync get(), kept-alive',
    'async' => 'getAsync()->wait(), kept-alive',
    'async8' => '8 getAsync() in flight, all()',
    'newconn' => 'sync get(), new conn. per call',
];
printf("client CPU per call, median of %d rounds x %d calls (getrusage of this process; wall in brackets):\n", $rounds, $calls);
foreach ($names as $mode) {
    printf("  %-31s: %7.1f us CPU [%7.1f us wall]%s\n", $label[$mode], $m[$mode] * 1e6, $w[$mode] * 1e6,
        $mode === 'floor' ? '' : sprintf(' = %.2fx the floor', $ratio($mode)));
}
printf("sync  / floor: %.2fx  target <= 1.30x (issue 2): %s; target <= 1.15x (issue 5): %s\n", $ratio('sync'),
    $verdict($ratio('sync') <= 1.30), $verdict($ratio('sync') <= 1.15));
printf("async / floor: %.2fx  target <= 1.15x (issue 5): %s\n", $ratio('async'), $verdict($ratio('async') <= 1.15));
printf("sync  / minimal client: %.2fx, async / minimal client: %.2fx (the extension's own share; minimal / floor = %.2fx is the machine's)\n",
    $ratio('sync', 'minimal'), $ratio('async', 'minimal'), $ratio('minimal'));
printf("sync  / minimal client: %.3fx  target <= 1.10x (issue 13): %s\n", $ratio('sync', 'minimal'),
    $verdict($ratio('sync', 'minimal') <= 1.10));
printf("async, 8 in flight / minimal client: %.3fx  target <= 1.00x (issue 13): %s\n", $ratio('async8', 'minimal'),
    $verdict($ratio('async8', 'minimal') <= 1.00));
printf("per round, sync / minimal: %s\n", implode(' ', array_map(static fn (float $a, float $f): string => sprintf('%.3f', $a / $f),
    $cpu['sync'], $cpu['minimal'])));
printf("per round, async8 / minimal: %s\n", implode(' ', array_map(static fn (float $a, float $f): string => sprintf('%.3f', $a / $f),
    $cpu['async8'], $cpu['minimal'])));
printf("per round, sync / floor: %s\n", implode(' ', array_map(static fn (float $a, float $f): string => sprintf('%.2f', $a / $f),
    $cpu['sync'], $cpu['floor'])));
printf("load after: %s\n", bench_loadavg());
