<?php
/**
 * What sleeping costs the next computation on this machine: the RSA floor (one RSA-2048 sign + one verify,
 * bench/lib.inc) run back to back, and with a sleep of 50 µs to 3 ms between iterations, as a client that
 * waits for its server must. Only the floor's own CPU is compared (user and system time of this process,
 * getrusage); the sleeps cost no CPU of their own beyond one nanosleep call.
 *
 * A call can never cost less than the floor measured *after such a wait*: that is the floor a networked
 * client really has. No extension code runs here.
 *
 * Run: php bench/wake_cost.php [iterations per setting=1500] [repeats=2]
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/keys.inc';
require __DIR__ . '/lib.inc';

$n = (int) ($argv[1] ?? 1500);
$repeats = (int) ($argv[2] ?? 2);
$floor = bench_rsa_floor(wxp_test_keys(), '{"card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","code":"478515832665"}');
for ($i = 0; $i < 50; $i++) {
    $floor();
}
/** [user, system] CPU microseconds of this process so far. */
$usage = static function (): array {
    $u = getrusage();
    return [$u['ru_utime.tv_sec'] * 1e6 + $u['ru_utime.tv_usec'], $u['ru_stime.tv_sec'] * 1e6 + $u['ru_stime.tv_usec']];
};
printf("load before: %s\n", bench_loadavg());
$total = [];
for ($r = 0; $r < $repeats; $r++) {
    foreach ([0, 50, 300, 1000, 3000] as $sleep) {
        [$u0, $s0] = $usage();
        for ($i = 0; $i < $n; $i++) {
            $floor();
            if ($sleep > 0) {
                usleep($sleep);
            }
        }
        [$u1, $s1] = $usage();
        $total[$sleep][] = ($u1 - $u0 + $s1 - $s0) / $n;
        printf("sleep %4d us between: user %6.1f + system %5.1f = %6.1f us CPU per floor\n", $sleep,
            ($u1 - $u0) / $n, ($s1 - $s0) / $n, ($u1 - $u0 + $s1 - $s0) / $n);
    }
}
foreach ($total as $sleep => $values) {
    printf("median, sleep %4d us: %6.1f us = %.2fx the back-to-back floor\n", $sleep, bench_median($values),
        bench_median($values) / bench_median($total[0]));
}
printf("load after: %s\n", bench_loadavg());
