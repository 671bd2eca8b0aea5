<?php
/**
 * Issue 11, item 6: what returning a GuzzleHttp\Psr7\Response (wechatpay-php's README: calls return one) would
 * cost over the extension's WeChatPay\Http\Response, with guzzlehttp/psr7 loaded (Debian's php-guzzlehttp-psr7).
 *
 * Run: php -d extension=modules/wechatpay.so bench/guzzle_response_cost.php [calls per round=128] [rounds=7]
 *
 * For bodies of 200 B, 10 KB and 1 MB (the emulator's v3/emulator/big/{bytes}: signed 200s, through the
 * kept-alive php-fpm emulator of tests/inc/fpm.inc, whose CPU is not counted), in one run:
 *   (a) ext          CPU per sync get() as today
 *   (b) ext+guzzle   the same plus a GuzzleHttp\Psr7\Response built from its answer (bench/guzzle_response.inc)
 *                    the two take turns in blocks of 8 in a rotating order (bench_take_turns); for 200 B the RSA
 *                    floor (bench/lib.inc) takes turns with them. 1 MB rounds have calls / 8 calls.
 *   (c) wrap         no network: building Guzzle's response from a kept one (what (b) adds), and guzzle_new,
 *                    Guzzle's constructor alone from PHP values, taking turns the same way
 *   memory           for 1 MB: memory_get_usage() / memory_get_peak_usage() deltas of one call holding our
 *                    response, and of one call whose response is turned into Guzzle's (ours then dropped), then
 *                    of reading the body as a string. ZendMM only: the transfer's receive buffer is libc malloc.
 * Instructions (load-independent): bash bench/guzzle_instructions.sh.
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/guzzle_response.inc';

const BLOCK = 8;

bench_guzzle_autoload();
ini_set('memory_limit', '512M');
$calls = max(BLOCK, intdiv((int) ($argv[1] ?? 128), BLOCK) * BLOCK);
$rounds = (int) ($argv[2] ?? 7);

$emu = wxp_fpm_emulator_start(['children' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$loop = static fn (callable $run): callable => static function (int $n) use ($run): void {
    for ($i = 0; $i < $n; $i++) {
        $run();
    }
};

printf("guzzlehttp/psr7 from %s\n", (new ReflectionClass(GuzzleHttp\Psr7\Response::class))->getFileName());
printf("load before: %s\n", bench_loadavg());
printf("client CPU per iteration, median of %d rounds (getrusage of this process; wall in brackets):\n", $rounds);
foreach (BENCH_GUZZLE_SIZES as $bytes) {
    $ways = bench_guzzle_ways($client, $bytes);
    $n = $bytes >= 1048576 ? max(BLOCK, intdiv($calls, 8)) : $calls;
    $net = ['ext' => $ways['ext'], 'ext+guzzle' => $ways['ext+guzzle']];
    if ($bytes === 200) {
        $net = ['floor' => bench_rsa_floor($emu['keys'], (string) $client->chain('v3/emulator/big/200')->get()->getBody())] + $net;
    }
    foreach ($net as $run) { // warm-up
        for ($i = 0; $i < BLOCK; $i++) {
            $run();
        }
    }
    ['cpu' => $cpu, 'wall' => $wall] = bench_take_turns(array_map($loop, $net), $rounds, $n, BLOCK);
    $m = array_map('bench_median', $cpu);
    $w = array_map('bench_median', $wall);
    // no network: many more iterations, the time of one is small
    $k = $bytes >= 1048576 ? 64 : 4096;
    $local = ['wrap' => $ways['wrap'], 'guzzle_new' => $ways['guzzle_new']];
    ['cpu' => $lc] = bench_take_turns(array_map($loop, $local), $rounds, $k, $k / 8);
    $lm = array_map('bench_median', $lc);

    printf("  body %7d B, %d calls x %d rounds:\n", $bytes, $n, $rounds);
    foreach ($m as $name => $v) {
        printf("    %-11s %8.1f us CPU [%8.1f us wall]%s\n", $name, $v * 1e6, $w[$name] * 1e6,
            isset($m['floor']) && $name !== 'floor' ? sprintf(' = %.3fx the floor', $v / $m['floor']) : '');
    }
    printf("    ext+guzzle / ext = %.3fx (%+.1f us per call); per round: %s\n", $m['ext+guzzle'] / $m['ext'],
        ($m['ext+guzzle'] - $m['ext']) * 1e6, implode(' ', array_map(static fn (float $b, float $a): string
            => sprintf('%.3f', $b / $a), $cpu['ext+guzzle'], $cpu['ext'])));
    printf("    no network: wrap %.2f us, guzzle_new %.2f us per iteration (%d x %d); wrap = %.1f%% of ext\n",
        $lm['wrap'] * 1e6, $lm['guzzle_new'] * 1e6, $k, $rounds, 100 * $lm['wrap'] / $m['ext']);
}

// Memory, 1 MB body. Each figure is the delta from just before the call, after gc; peak via memory_reset_peak_usage().
$node = $client->chain('v3/emulator/big/1048576');
$measure = static function (callable $step) use (&$held): array {
    gc_collect_cycles();
    $before = memory_get_usage();
    memory_reset_peak_usage();
    $step();
    return [memory_get_usage() - $before, memory_get_peak_usage() - $before];
};
$node->get(); // warm
$kb = static fn (array $d): string => sprintf('%+7.0f kB held, peak %+7.0f kB', $d[0] / 1024, $d[1] / 1024);
printf("memory, 1 MB body (ZendMM; the receive buffer is libc malloc and not counted):\n");
$held = null;
$d = $measure(static function () use ($node, &$held): void { $held = $node->get(); });
printf("  ext:        call, holding our response           %s\n", $kb($d));
$d = $measure(static function () use (&$held, &$s): void { $s = (string) $held->getBody(); });
printf("  ext:        then (string) getBody()              %s\n", $kb($d));
$held = $s = null;
$d = $measure(static function () use ($node, &$held): void { $held = bench_guzzle_wrap($node->get()); });
printf("  ext+guzzle: call, holding Guzzle's (ours dropped) %s\n", $kb($d));
$d = $measure(static function () use (&$held, &$s): void { $s = (string) $held->getBody(); });
printf("  ext+guzzle: then (string) getBody()              %s\n", $kb($d));
$held = $s = null;
printf("load after: %s\n", bench_loadavg());
