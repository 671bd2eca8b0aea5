<?php
/**
 * Async benchmarks, against the emulator under php-fpm behind nginx (tests/inc/fpm.inc), so that many
 * requests really are served at the same time and client connections are kept alive (8 s):
 *
 * (a) Overlap: 16 async calls to /v3/emulator/slow/300 started together and waited with
 *     WeChatPay\Promise::all(), wall time divided by the wall time of one such call measured in the same
 *     round. 1.00 = perfect overlap, 16 = none. Target: median over the rounds <= 1.25.
 * (b) Client CPU per call (getrusage of this process; the emulator and nginx run in other processes) of the
 *     member-card GET through the nginx keep-alive front: sync get() vs async getAsync(), the latter both one
 *     at a time (getAsync()->wait()) and 16 in flight (Promise::all()). Each round runs N calls of each of
 *     the four measurements (sync, async one at a time, async 16 in flight, RSA floor) in blocks of 16, the
 *     four taking turns block by block, so that they share whatever load other processes put on the machine;
 *     the medians over the rounds are compared. Target: async CPU per call no higher than sync (<= 1.00x), for both
 *     async ways. All three are also given against the RSA floor of bench/lib.inc (one RSA-2048 sign + one
 *     verify by PHP's openssl in this process), the least any signed and verified call can cost.
 *
 * Run: php -d extension=modules/wechatpay.so bench/async_overlap.php [overlap rounds] [calls per CPU round] [CPU rounds]
 * (bash bench/run.sh runs it with the defaults: 7 rounds; 256 calls x 7 rounds)
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/lib.inc';

use WeChatPay\Promise;

$overlapRounds = max(1, (int) ($argv[1] ?? 7));
$calls = max(16, intdiv((int) ($argv[2] ?? 256), 16) * 16); // a multiple of 16: the batched way runs whole batches
$cpuRounds = max(1, (int) ($argv[3] ?? 7));
const PARALLEL = 16;
const SLOW_MS = 300;

if (!extension_loaded('wechatpay')) {
    fwrite(STDERR, "the wechatpay extension is not loaded: php -d extension=\$PWD/modules/wechatpay.so bench/async_overlap.php\n");
    exit(2);
}
if (wxp_fpm_binary() === null || wxp_nginx_binary() === null) {
    fwrite(STDERR, "php-fpm and nginx are needed: bash scripts/install-deps.sh\n");
    exit(2);
}

$emu = wxp_fpm_emulator_start(['children' => 24]); // >= 20: 16 slow calls at once, with room to spare
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$pass = $miss = 0;
$verdict = static function (bool $ok) use (&$pass, &$miss): string {
    $ok ? $pass++ : $miss++;
    return $ok ? 'PASS' : 'MISS';
};
$spread = static fn (array $v): string => sprintf('min %.2f, max %.2f', min($v), max($v));

printf("emulator: php-fpm (pm = static, %d children) behind nginx (keep-alive 8 s), %s\n", $emu['children'], $emu['base_uri']);
printf("load before: %s\n", bench_loadavg());

// ------------------------------------------------------------------------------------------- (a) overlap
$slow = $instance->chain('v3/emulator/slow/{ms}');
$batch = static function () use ($slow): array {
    $promises = [];
    for ($i = 0; $i < PARALLEL; $i++) {
        $promises[] = $slow->getAsync(['ms' => SLOW_MS]);
    }
    return Promise::all($promises)->wait();
};
$batch(); // warm-up: engine, keys, and the 16 connections opened (kept alive by nginx for the rounds below)
$slow->get(['ms' => SLOW_MS]);

$ratios = $singles = $batches = [];
for ($r = 0; $r < $overlapRounds; $r++) {
    $t = hrtime(true);
    $one = $slow->getAsync(['ms' => SLOW_MS])->wait();
    $single = (hrtime(true) - $t) / 1e9;
    $t = hrtime(true);
    $all = $batch();
    $wall = (hrtime(true) - $t) / 1e9;
    if ($one->getStatusCode() !== 200 || count($all) !== PARALLEL) {
        throw new RuntimeException('unexpected answer from slow/' . SLOW_MS);
    }
    foreach ($all as $response) {
        if (json_decode((string) $response->getBody(), true) !== ['slept' => SLOW_MS]) {
            throw new RuntimeException('unexpected body from slow/' . SLOW_MS);
        }
    }
    $singles[] = $single;
    $batches[] = $wall;
    $ratios[] = $wall / $single;
}
$ratio = bench_median($ratios);
printf("(a) one call to slow/%d              : %6.1f ms wall (median of %d)\n", SLOW_MS, bench_median($singles) * 1e3, $overlapRounds);
printf("(a) %d calls at once, Promise::all()  : %6.1f ms wall (median of %d)\n", PARALLEL, bench_median($batches) * 1e3, $overlapRounds);
printf("(a) overlap ratio (16 at once / one)  : %6.2f (median of %d rounds, %s; 1.00 = full overlap, 16 = none)"
    . " target <= 1.25: %s\n", $ratio, $overlapRounds, $spread($ratios), $verdict($ratio <= 1.25));

// ------------------------------------------------------------------------------------------ (b) client CPU
$card = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_;
$args = ['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665'];
$body = (string) $card->get($args)->getBody();
$floor = bench_rsa_floor($emu['keys'], $body);
$expect = static function ($response) use ($body): void {
    if ($response->getStatusCode() !== 200 || (string) $response->getBody() !== $body) {
        throw new RuntimeException('unexpected member-card answer');
    }
};
$modes = [
    'sync' => static function (int $n) use ($card, $args, $expect): void {
        for ($i = 0; $i < $n; $i++) {
            $expect($card->get($args));
        }
    },
    'async1' => static function (int $n) use ($card, $args, $expect): void {
        for ($i = 0; $i < $n; $i++) {
            $expect($card->getAsync($args)->wait());
        }
    },
    'async16' => static function (int $n) use ($card, $args, $expect): void {
        for ($i = 0; $i < $n; $i += PARALLEL) {
            $promises = [];
            for ($j = 0; $j < PARALLEL; $j++) {
                $promises[] = $card->getAsync($args);
            }
            foreach (Promise::all($promises)->wait() as $response) {
                $expect($response);
            }
        }
    },
    'floor' => static function (int $n) use ($floor): void {
        for ($i = 0; $i < $n; $i++) {
            $floor();
        }
    },
];
foreach ($modes as $run) { // warm-up: engine, promise classes, connections, OpenSSL's lazily loaded algorithms
    $run(2 * PARALLEL);
}
// Each round runs $calls calls of every mode in blocks of 16, the modes taking turns block by block (in an
// order that rotates), so that all four see the same load from other processes however it drifts.
['cpu' => $cpu, 'wall' => $wall] = bench_take_turns($modes, $cpuRounds, $calls, PARALLEL);
$m = array_map('bench_median', $cpu);
$w = array_map('bench_median', $wall);
$label = [
    'floor' => 'RSA sign+verify floor        ',
    'sync' => 'sync get()                   ',
    'async1' => 'async, one at a time         ',
    'async16' => 'async, 16 in flight (all()) ',
];
printf("(b) client CPU per call, median of %d rounds x %d calls (getrusage of this process; wall per call in brackets):\n",
    $cpuRounds, $calls);
foreach (['floor', 'sync', 'async1', 'async16'] as $mode) {
    printf("(b)   %s: %7.1f us CPU [%6.1f us wall]%s\n", $label[$mode], $m[$mode] * 1e6, $w[$mode] * 1e6,
        $mode === 'floor' ? '' : sprintf(' = %.2fx the floor', $m[$mode] / $m['floor']));
}
foreach (['async1' => 'async one at a time', 'async16' => 'async 16 in flight'] as $mode => $name) {
    $x = $m[$mode] / $m['sync'];
    $perRound = array_map(static fn (float $a, float $s): float => $a / $s, $cpu[$mode], $cpu['sync']);
    printf("(b) %-20s / sync CPU per call: %.3fx (per round: %s) target <= 1.00: %s\n", $name, $x,
        implode(' ', array_map(static fn (float $v): string => sprintf('%.2f', $v), $perRound)), $verdict($x <= 1.0));
}
printf("load after: %s\n", bench_loadavg());
printf("%d PASS, %d MISS\n", $pass, $miss);
