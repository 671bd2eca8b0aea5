<?php
/**
 * Memory stays flat (issue 5, proof 3): the resident size of this process (VmRSS, /proc/self/status) and
 * memory_get_usage() after 1,000 calls and after 100,000 calls, with the difference. Target: within 1 MB.
 *
 *   php -d extension=$PWD/modules/wechatpay.so bench/memory.php [calls=100000] [async calls per 100=48] [FPM children=4]
 *
 * Calls are the member-card GET (signed, verified, body read) against the emulator under php-fpm behind nginx
 * (tests/inc/fpm.inc, keep-alive), one client for the whole run. They go in blocks of 100: first the async
 * share, up to 16 at a time started with getAsync() and waited with WeChatPay\Promise::all(), then the rest
 * as sync get(). With the default share (48 async, 52 sync) 100,000 calls took about 4 minutes on the
 * shared 2-vCPU machine (about 420 calls/s at load 2-5): a sync call waits for the emulator's own RSA
 * verify + sign. Fewer calls for a quicker look: bench/memory.php 20000. The emulator's request log is emptied every 10,000 calls (it only grows the emulator's disk use).
 * Progress lines every 10,000 calls show the trend. Exit status 0 whatever the figures.
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/lib.inc';

use WeChatPay\Promise;

$total = max(1000, (int) ($argv[1] ?? 100000));
$async = min(100, max(0, (int) ($argv[2] ?? 48)));
$children = max(1, (int) ($argv[3] ?? 4));
$first = 1000;

$emu = wxp_fpm_emulator_start(['children' => $children]);
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$card = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_;
$args = ['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665'];

$calls = 0;
/** One block of 100 calls: $async of them up to 16 at a time in flight, then the rest one by one. */
$block = static function () use ($card, $args, $async, &$calls): void {
    for ($started = 0; $started < $async; $started += 16) {
        $promises = [];
        for ($i = $started; $i < min($async, $started + 16); $i++) {
            $promises[] = $card->getAsync($args)->then(static fn ($r) => strlen((string) $r->getBody()));
        }
        foreach (Promise::all($promises)->wait() as $len) {
            if ($len < 10) {
                throw new RuntimeException('short member-card body');
            }
        }
    }
    for ($i = $async; $i < 100; $i++) {
        if (strlen((string) $card->get($args)->getBody()) < 10) {
            throw new RuntimeException('short member-card body');
        }
    }
    $calls += 100;
};

$mark = static function (string $what) use (&$calls): array {
    gc_collect_cycles();
    return ['calls' => $calls, 'rss' => bench_rss_kb(), 'usage' => memory_get_usage(), 'usage_real' => memory_get_usage(true),
        'time' => microtime(true), 'what' => $what];
};

$start = microtime(true);
printf("%d calls in blocks of 100 (%d async, up to 16 in flight via Promise::all, %d sync get()), php-fpm emulator with %d children behind nginx keep-alive\n",
    $total, $async, 100 - $async, $children);
printf("start: VmRSS %d kB, memory_get_usage() %d B\n", bench_rss_kb(), memory_get_usage());
while ($calls < $first) {
    $block();
}
$a = $mark('after 1,000');
while ($calls < $total) {
    $block();
    if ($calls % 10000 === 0) {
        wxp_emulator_clear($emu);
        printf("  %7d calls: VmRSS %6d kB, memory_get_usage() %8d B, %.0f s\n", $calls, bench_rss_kb(), memory_get_usage(),
            microtime(true) - $start);
    }
}
$b = $mark('after ' . number_format($total));

echo "\n";
printf("%-16s %12s %22s %20s\n", 'point', 'VmRSS', 'memory_get_usage()', '(real, from the OS)');
foreach ([$a, $b] as $p) {
    printf("%-16s %9d kB %20d B %18d B\n", $p['what'], $p['rss'], $p['usage'], $p['usage_real']);
}
$drss = $b['rss'] - $a['rss'];
printf("%-16s %+9d kB %+20d B %+18d B\n", 'difference', $drss, $b['usage'] - $a['usage'], $b['usage_real'] - $a['usage_real']);
printf("VmRSS growth from %s to %s calls: %+d kB (target within 1 MB = 1024 kB): %s\n", number_format($first),
    number_format($total), $drss, abs($drss) <= 1024 ? 'MET' : 'MISS');
printf("(%.1f s for %s calls: %.0f calls/s)\n", $b['time'] - $a['time'], number_format($total - $first),
    ($total - $first) / ($b['time'] - $a['time']));
