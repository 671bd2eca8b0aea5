<?php
/**
 * Client CPU per synchronous signed + verified call, against the floor of one RSA-2048 sign + one verify
 * measured in the same process and run. Target (issue 2): at most 1.3x the floor.
 *
 * Run: php -d extension=modules/wechatpay.so bench/sync_cpu.php [calls per round] [rounds]
 * The emulator runs in other processes, so its CPU is not counted; rounds alternate call and floor
 * measurements and the medians are compared, which keeps a noisy shared machine from skewing the ratio.
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/lib.inc';

$calls = (int) ($argv[1] ?? 200);
$rounds = (int) ($argv[2] ?? 5);

$emu = wxp_emulator_start(['workers' => 2]);
// WeChat Pay keeps connections alive (8 s): the target is measured against the emulator under php-fpm
// behind nginx with keep-alive (tests/inc/fpm.inc), as production calls see it. `php -S` alone closes every
// connection, which adds a TCP handshake per call: reported for information.
$fpm = wxp_fpm_emulator_start(['children' => 4]);
$instance = WeChatPay\Builder::factory(wxp_config($fpm));
$direct = WeChatPay\Builder::factory(wxp_config($emu));
$card = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_;
$args = ['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665'];
$body = (string) $card->get($args)->getBody();
$floor = bench_rsa_floor($emu['keys'], $body);

for ($i = 0; $i < 20; $i++) { // warm-up: engine, bridge classes, OpenSSL's lazily loaded algorithms
    $card->get($args);
    $floor();
}

$directCard = $direct->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_;
$callCpu = $directCpu = $floorCpu = [];
for ($r = 0; $r < $rounds; $r++) {
    $callCpu[] = bench_cpu_per($calls, static function () use ($card, $args): void { $card->get($args); });
    $floorCpu[] = bench_cpu_per($calls, $floor);
    $directCpu[] = bench_cpu_per($calls, static function () use ($directCard, $args): void { $directCard->get($args); });
}
$call = bench_median($callCpu);
$rsa = bench_median($floorCpu);
$fresh = bench_median($directCpu);
printf("RSA sign+verify floor        : %7.1f us per call (same process)\n", $rsa * 1e6);
printf("sync call, kept-alive conn.  : %7.1f us per call = %.2fx the floor (target <= 1.30x)\n", $call * 1e6,
    $call / $rsa);
printf("sync call, new conn. per call: %7.1f us per call = %.2fx the floor (php -S closes every connection)\n",
    $fresh * 1e6, $fresh / $rsa);
printf("(median of %d rounds x %d calls each)\n", $rounds, $calls);
