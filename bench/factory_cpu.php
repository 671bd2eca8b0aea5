<?php
/**
 * CPU per WeChatPay\Builder::factory() with keys from files and from PEM text, cold (the first factory of a
 * key in the process: its PEM is parsed) against warm (the same key again: served by the process's key
 * cache, as in a warm PHP-FPM worker). Each factory reads one private key and one platform certificate.
 *
 * Run: php -d extension=modules/wechatpay.so bench/factory_cpu.php [keys per cold measurement] [warm factories]
 * Cold is measured over distinct generated RSA-2048 keys (one parse each, at most the cache's capacity of
 * 64 in all); warm repeats one key. Generated keys live in a temporary directory removed at exit.
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/keycache.inc';
require __DIR__ . '/lib.inc';

$cold = min((int) ($argv[1] ?? 24), 32);
$warm = (int) ($argv[2] ?? 2000);

$dir = wxp_keycache_generated(2 * $cold + 1);
$config = static fn (string $private, string $cert): array => [
    'mchid' => '1900000001', 'serial' => 'BENCH0001', 'privateKey' => $private, 'certs' => ['PUB_KEY_ID_BENCH' => $cert],
];
$fromFiles = static fn (int $i): array => $config("file://$dir/key-$i.pem", "file://$dir/cert-$i.pem");
$texts = [];
for ($i = 0; $i <= 2 * $cold; $i++) {
    $texts[$i] = [file_get_contents("$dir/key-$i.pem"), file_get_contents("$dir/cert-$i.pem")];
}
$fromText = static fn (int $i): array => $config(...$texts[$i]);

// warm-up of everything but the keys: classes, OpenSSL's lazily loaded decoders (on a key used by neither)
WeChatPay\Builder::factory($fromFiles(2 * $cold));

$results = [
    'file://, cold' => bench_cpu_per($cold, static function (int $i) use ($fromFiles): void { WeChatPay\Builder::factory($fromFiles($i)); }),
    'file://, warm' => bench_cpu_per($warm, static function () use ($fromFiles): void { WeChatPay\Builder::factory($fromFiles(0)); }),
    'PEM text, cold' => bench_cpu_per($cold, static function (int $i) use ($fromText, $cold): void { WeChatPay\Builder::factory($fromText($cold + $i)); }),
    'PEM text, warm' => bench_cpu_per($warm, static function () use ($fromText, $cold): void { WeChatPay\Builder::factory($fromText($cold)); }),
];
foreach ($results as $name => $seconds) {
    printf("Builder::factory, %-15s: %7.1f us CPU\n", $name, $seconds * 1e6);
}
printf("saving per factory in a warm worker: file:// %.1fx, PEM text %.1fx (cold over %d keys, warm over %d factories)\n",
    $results['file://, cold'] / $results['file://, warm'], $results['PEM text, cold'] / $results['PEM text, warm'], $cold, $warm);
