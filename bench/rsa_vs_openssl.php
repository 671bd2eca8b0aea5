<?php
/**
 * WeChatPay\Crypto\Rsa::sign()/verify() against PHP's own openssl_sign()/openssl_verify() doing the same
 * work (SHA256withRSA, RSA-2048) on the same key objects, in the same process and run.
 *
 * Usage: php -d extension=$PWD/modules/wechatpay.so bench/rsa_vs_openssl.php [rounds=15] [sign calls per block=50]
 *        [verify calls per block=500]
 *
 * Each round runs one block of each way, in a rotating order, so that all ways see the same load from other
 * processes as it drifts; a way's figure is the median over the rounds of its CPU time (getrusage, user +
 * system) per call, and a ratio is the median of the per-round ratios. Rsa::sign returns Base64 and
 * Rsa::verify takes it, so they do a little more than the bare openssl_* calls they are compared with; the
 * "package" rows show what wechatpay-php itself runs (openssl_* plus base64_encode/base64_decode) for
 * reference. Target: Rsa::sign and Rsa::verify no slower than openssl_sign and openssl_verify (<= 1.00x).
 */

declare(strict_types=1);

require __DIR__ . '/lib.inc';

use WeChatPay\Crypto\Rsa;

if (!extension_loaded('wechatpay')) {
    fwrite(STDERR, "the wechatpay extension is not loaded (php -d extension=\$PWD/modules/wechatpay.so ...)\n");
    exit(1);
}
$rounds = max(1, (int) ($argv[1] ?? 15));
$signBlock = max(1, (int) ($argv[2] ?? 50));
$verifyBlock = max(1, (int) ($argv[3] ?? 500));

// Keys as an app holds them: loaded once from PEM into OpenSSLAsymmetricKey objects.
$generated = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
openssl_pkey_export($generated, $privatePem);
$private = openssl_pkey_get_private($privatePem);
$public = openssl_pkey_get_public(openssl_pkey_get_details($generated)['key']);
$message = "GET\n/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665\n"
    . time() . "\n" . str_repeat('n', 32) . "\n\n";
openssl_sign($message, $raw, $private, OPENSSL_ALGO_SHA256);
$b64 = base64_encode($raw);

// Same results first: a benchmark of different work would mean nothing.
if (Rsa::sign($message, $private) !== $b64 || Rsa::verify($message, $b64, $public) !== true
    || openssl_verify($message, $raw, $public, OPENSSL_ALGO_SHA256) !== 1) {
    fwrite(STDERR, "Rsa::sign/verify do not match openssl_sign/openssl_verify\n");
    exit(1);
}

$ways = [
    'openssl_sign' => ['sign', static function (int $n) use ($message, $private): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_sign($message, $sig, $private, OPENSSL_ALGO_SHA256);
        }
    }],
    'Rsa::sign' => ['sign', static function (int $n) use ($message, $private): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::sign($message, $private);
        }
    }],
    'package: base64_encode(openssl_sign)' => ['sign', static function (int $n) use ($message, $private): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_sign($message, $sig, $private, OPENSSL_ALGO_SHA256);
            base64_encode($sig);
        }
    }],
    'openssl_verify' => ['verify', static function (int $n) use ($message, $raw, $public): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_verify($message, $raw, $public, OPENSSL_ALGO_SHA256);
        }
    }],
    'Rsa::verify' => ['verify', static function (int $n) use ($message, $b64, $public): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::verify($message, $b64, $public);
        }
    }],
    'package: openssl_verify(base64_decode)' => ['verify', static function (int $n) use ($message, $b64, $public): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_verify($message, base64_decode($b64), $public, OPENSSL_ALGO_SHA256);
        }
    }],
];

// Warm-up: one block of each (fills CPU caches and the extension's per-object key cache).
foreach ($ways as [$kind, $fn]) {
    $fn($kind === 'sign' ? $signBlock : $verifyBlock);
}

$perCall = array_fill_keys(array_keys($ways), []);
$names = array_keys($ways);
for ($r = 0; $r < $rounds; $r++) {
    $order = array_merge(array_slice($names, $r % count($names)), array_slice($names, 0, $r % count($names)));
    foreach ($order as $name) {
        [$kind, $fn] = $ways[$name];
        $n = $kind === 'sign' ? $signBlock : $verifyBlock;
        $start = bench_cpu();
        $fn($n);
        $perCall[$name][] = (bench_cpu() - $start) / $n * 1e6;
    }
}

printf("RSA-2048 SHA256withRSA, same key objects; %d rounds of %d sign / %d verify calls per way (CPU per call, median)\n",
    $rounds, $signBlock, $verifyBlock);
foreach ($perCall as $name => $values) {
    printf("  %-40s %8.2f us  (rounds %.2f-%.2f)\n", $name, bench_median($values), min($values), max($values));
}
$status = 0;
foreach (['sign' => ['Rsa::sign', 'openssl_sign'], 'verify' => ['Rsa::verify', 'openssl_verify']] as $what => [$ours, $theirs]) {
    $ratios = array_map(static fn($a, $b) => $a / $b, $perCall[$ours], $perCall[$theirs]);
    $ratio = bench_median($ratios);
    printf("%s / %s: %.3fx (rounds %.3f-%.3f), target <= 1.00x: %s\n", $ours, $theirs, $ratio, min($ratios), max($ratios),
        $ratio <= 1.0 ? 'PASS' : 'MISS');
}
exit($status);
