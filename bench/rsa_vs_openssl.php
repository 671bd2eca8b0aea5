<?php
/**
 * WeChatPay\Crypto\Rsa::sign()/verify() against PHP's own openssl_sign()/openssl_verify() doing the same
 * work (SHA256withRSA, RSA-2048), in the same process and run.
 *
 * Usage: php -d extension=$PWD/modules/wechatpay.so bench/rsa_vs_openssl.php [rounds=15] [sign calls per block=50]
 *        [verify calls per block=500]
 *
 * Each round runs one block of each way, in a rotating order, so that all ways see the same load from other
 * processes as it drifts; a way's figure is the median over the rounds of its CPU time (getrusage, user +
 * system) per call, and a ratio is the median of the per-round ratios.
 *
 * Target (the key objects an app loads once and reuses): Rsa::sign and Rsa::verify no slower than
 * openssl_sign and openssl_verify on the same objects (<= 1.00x). Rsa::sign returns Base64 and Rsa::verify
 * takes it, so they do a little more than the bare openssl_* calls; the "package" rows show what
 * wechatpay-php itself runs (openssl_* plus base64_encode/base64_decode) for reference.
 * Informational, no target: a new key object for every call (the extension's per-object key cache misses
 * every time, so each call also reads the key out of the object), and keys given as PEM strings (parsed by
 * every call, by PHP and by the extension alike). These blocks are a fifth of the size of the others.
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

$privatePemText = $privatePem;
$publicPemText = openssl_pkey_get_details($generated)['key'];
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
    // informational: a new key object per call
    'new object: openssl_sign' => ['sign/5', static function (int $n) use ($message, $privatePemText): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_sign($message, $sig, openssl_pkey_get_private($privatePemText), OPENSSL_ALGO_SHA256);
        }
    }],
    'new object: Rsa::sign' => ['sign/5', static function (int $n) use ($message, $privatePemText): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::sign($message, openssl_pkey_get_private($privatePemText));
        }
    }],
    'new object: openssl_verify' => ['verify/5', static function (int $n) use ($message, $raw, $publicPemText): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_verify($message, $raw, openssl_pkey_get_public($publicPemText), OPENSSL_ALGO_SHA256);
        }
    }],
    'new object: Rsa::verify' => ['verify/5', static function (int $n) use ($message, $b64, $publicPemText): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::verify($message, $b64, openssl_pkey_get_public($publicPemText));
        }
    }],
    // informational: PEM strings
    'PEM string: openssl_sign' => ['sign/5', static function (int $n) use ($message, $privatePemText): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_sign($message, $sig, $privatePemText, OPENSSL_ALGO_SHA256);
        }
    }],
    'PEM string: Rsa::sign' => ['sign/5', static function (int $n) use ($message, $privatePemText): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::sign($message, $privatePemText);
        }
    }],
    'PEM string: openssl_verify' => ['verify/5', static function (int $n) use ($message, $raw, $publicPemText): void {
        for ($i = 0; $i < $n; $i++) {
            openssl_verify($message, $raw, $publicPemText, OPENSSL_ALGO_SHA256);
        }
    }],
    'PEM string: Rsa::verify' => ['verify/5', static function (int $n) use ($message, $b64, $publicPemText): void {
        for ($i = 0; $i < $n; $i++) {
            Rsa::verify($message, $b64, $publicPemText);
        }
    }],
];
$blockOf = static fn(string $kind): int => max(1, intdiv(str_starts_with($kind, 'sign') ? $signBlock : $verifyBlock,
    str_ends_with($kind, '/5') ? 5 : 1));

// Warm-up: one block of each (fills CPU caches and the extension's per-object key cache).
foreach ($ways as [$kind, $fn]) {
    $fn($blockOf($kind));
}

$perCall = array_fill_keys(array_keys($ways), []);
$names = array_keys($ways);
for ($r = 0; $r < $rounds; $r++) {
    $order = array_merge(array_slice($names, $r % count($names)), array_slice($names, 0, $r % count($names)));
    foreach ($order as $name) {
        [$kind, $fn] = $ways[$name];
        $n = $blockOf($kind);
        $start = bench_cpu();
        $fn($n);
        $perCall[$name][] = (bench_cpu() - $start) / $n * 1e6;
    }
}

printf("RSA-2048 SHA256withRSA; %d rounds of %d sign / %d verify calls per way (a fifth for the informational ways); CPU per call, median\n",
    $rounds, $signBlock, $verifyBlock);
foreach ($perCall as $name => $values) {
    printf("  %-40s %8.2f us  (rounds %.2f-%.2f)\n", $name, bench_median($values), min($values), max($values));
}
$ratio = static function (string $ours, string $theirs) use ($perCall): array {
    $ratios = array_map(static fn($a, $b) => $a / $b, $perCall[$ours], $perCall[$theirs]);
    return [bench_median($ratios), min($ratios), max($ratios)];
};
echo "same key objects (target <= 1.00x):\n";
foreach (['Rsa::sign' => 'openssl_sign', 'Rsa::verify' => 'openssl_verify'] as $ours => $theirs) {
    [$median, $min, $max] = $ratio($ours, $theirs);
    printf("  %s / %s: %.3fx (rounds %.3f-%.3f): %s\n", $ours, $theirs, $median, $min, $max, $median <= 1.0 ? 'PASS' : 'MISS');
}
echo "informational (no target):\n";
foreach (['new object: Rsa::sign' => 'new object: openssl_sign', 'new object: Rsa::verify' => 'new object: openssl_verify',
          'PEM string: Rsa::sign' => 'PEM string: openssl_sign', 'PEM string: Rsa::verify' => 'PEM string: openssl_verify']
         as $ours => $theirs) {
    [$median, $min, $max] = $ratio($ours, $theirs);
    printf("  %s / %s: %.3fx (rounds %.3f-%.3f), %+.1f us per call\n", $ours, substr($theirs, strpos($theirs, ':') + 2),
        $median, $min, $max, bench_median($perCall[$ours]) - bench_median($perCall[$theirs]));
}
