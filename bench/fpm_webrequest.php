<?php
/**
 * CPU per web request of a merchant app under PHP-FPM behind nginx (issue 5, proof 2): each web request
 * builds a client and makes ONE signed + verified GET over HTTPS, as merchant apps do.
 *
 *   php -d extension=$PWD/modules/wechatpay.so bench/fpm_webrequest.php [web requests per round=200] [rounds=5] [FPM children=2]
 *
 * Wiring: the emulator (php -S) behind an nginx TLS front (test CA, keep-alive 8 s, an access log of
 * `$connection $connection_requests $ssl_session_reused`); an app php-fpm pool (pm = static, OPcache on,
 * extension=modules/wechatpay.so or env WXP_BENCH_MODULE) behind its own nginx runs bench/app/ext_request.php.
 * This process sends N sequential web requests over one keep-alive connection to the app's nginx; per round
 * the FPM workers' CPU (the scheduler's nanosecond count of /proc/<pid>/schedstat, summed over the workers, read while they wait) before and after,
 * divided by N. The figure is the median over the rounds, compared with the RSA floor (one RSA-2048 sign +
 * one verify with PHP's openssl, bench/lib.inc) measured in this process in the same rounds.
 * TLS handshakes are counted from the TLS front's access log (not from the extension): a request with
 * $connection_requests 1 opened a new connection, i.e. a handshake (resumed when $ssl_session_reused is r).
 *
 * Ways, in the same run, taking turns round by round: the extension's web request written the package's README
 * way (Rsa::from() objects, /?readme=1) and with file:// strings (/); an empty web request (/?noop=1) in the
 * extension's pool and in a pool of the same configuration without the extension; the client built without
 * a call (/?factory=1); and wechatpay-php 1.4.12 itself (bench/app/wechatpay_php.php, the README way) in a
 * pool without the extension, on Debian's Guzzle (php-guzzlehttp-guzzle) with Debian's php8.2-curl
 * unpacked into bench/.work. The package is not on the registries reached here: its source is taken from
 * the git dirs (or folders) named by WXP_BENCH_WECHATPAY_PHP_GIT and WXP_BENCH_URI_TEMPLATE_GIT
 * (bench/inc/wechatpay_php_source.inc); without them the script says so and measures the rest.
 *
 * WXP_BENCH_BASE_MODULE=/path/to/other/wechatpay.so adds that build's README-way and empty web requests in a
 * pool of their own, for a before/after in the same run.
 *
 * Exit status 0 whatever the figures (a missed target is printed as MISS); non-zero only on a real error.
 */

declare(strict_types=1);

require __DIR__ . '/inc/app_fpm.inc';
require __DIR__ . '/lib.inc';
require __DIR__ . '/inc/wechatpay_php_source.inc';

$n = max(1, (int) ($argv[1] ?? 200));
$rounds = max(1, (int) ($argv[2] ?? 5));
$children = max(1, (int) ($argv[3] ?? 2));
$warmup = 20 * $children;
$work = __DIR__ . '/.work';
$module = getenv('WXP_BENCH_MODULE') ?: (string) realpath(__DIR__ . '/../modules/wechatpay.so');
if (!is_file($module)) {
    fwrite(STDERR, "error: the module is missing: $module (bash scripts/build.sh)\n");
    exit(1);
}
$path = '/';

$emu = wxp_emulator_start(['workers' => 2]);
$keys = $emu['keys'];

/** A TLS front of its own (with its own access log) and an app pool behind nginx for one way. */
$startVariant = static function (string $label, string $script, array $ini, array $env = []) use ($emu, $keys, $children): array {
    $log = $emu['state_dir'] . '/tls-' . preg_replace('/\W+/', '-', $label) . '.log';
    $front = wxp_nginx_front_start($emu, ['tls' => true, 'keepalive_timeout' => 8, 'access_log' => $log]);
    $app = bench_app_fpm_start(['script' => $script, 'children' => $children, 'ini' => $ini, 'env' => $env + [
        'APP_MCHID' => $keys['mchid'],
        'APP_SERIAL' => $keys['merchant_serial'],
        'APP_PRIVATE_KEY' => $keys['merchant_private_key'],
        'APP_PLATFORM_SERIAL' => $keys['platform_serial'],
        'APP_PLATFORM_CERT' => $keys['platform_cert'],
        'APP_BASE_URI' => $front['base_uri'],
        'APP_CA' => $front['ca'],
    ]]);
    return ['label' => $label, 'app' => $app, 'front' => $front, 'access_log' => $log,
        'conn' => bench_http_connect($app['port']), 'cpu' => [], 'wall' => []];
};

/** One web request; anything but `200 ok ...` is a real error. */
$webRequest = static function (array &$v, ?string $path = null): string {
    $path ??= $v['path'] ?? '/';
    [$status, $body] = bench_http_get($v['conn'], $path);
    if ($status !== 200 || !preg_match('/raw|stats/', $path) && !str_starts_with($body, 'ok ')) {
        $log = trim((string) @file_get_contents($v['app']['log']));
        throw new RuntimeException("{$v['label']}: web request answered $status: " . substr(trim($body), 0, 300)
            . ($log !== '' ? "\napp log: " . substr($log, -1500) : ''));
    }
    return $body;
};

$variants = [];
$variants['ext'] = $startVariant('extension, README way (Rsa::from)', __DIR__ . '/app/ext_request.php', ['extension' => $module]);
$variants['ext']['path'] = '/?readme=1';
// The same pool and front, the keys given as file:// strings; own keep-alive connection, same workers.
$variants['ext-file'] = ['label' => 'extension, file:// strings (same pool)', 'path' => '/', 'shared_front' => true,
    'conn' => bench_http_connect($variants['ext']['app']['port'])] + $variants['ext'];
// The same pool answering without any client or call: the web request's own cost (FastCGI, PHP request
// startup and shutdown), for reading the figures. Own keep-alive connection, same workers.
// These run 4x as many requests per round, for a steadier figure.
$variants['noop'] = ['label' => 'empty web request, extension loaded', 'path' => '/?noop=1', 'scale' => 4,
    'conn' => bench_http_connect($variants['ext']['app']['port'])] + $variants['ext'];
// The same script and pool configuration without the extension: what loading it costs a request that makes
// no call (RINIT, RSHUTDOWN, POST_ZEND_DEACTIVATE and the rest of the request's life).
$variants['noop-noext'] = $startVariant('empty web request, no extension', __DIR__ . '/app/ext_request.php', []);
$variants['noop-noext'] += ['path' => '/?noop=1', 'scale' => 4];
$variants['factory'] = ['label' => 'client built, no call (same pool)', 'path' => '/?factory=1', 'scale' => 4,
    'conn' => bench_http_connect($variants['ext']['app']['port'])] + $variants['ext'];

$notes = [];
// Optionally another build of the module (e.g. main's) in its own pool, for a before/after in the same run.
$base = (string) getenv('WXP_BENCH_BASE_MODULE');
if ($base !== '') {
    if (!is_file($base)) {
        fwrite(STDERR, "error: WXP_BENCH_BASE_MODULE is not a file: $base\n");
        exit(1);
    }
    $notes[] = "base module (WXP_BENCH_BASE_MODULE): $base, sha256 " . substr(hash_file('sha256', $base), 0, 16)
        . "; this module: $module, sha256 " . substr(hash_file('sha256', $module), 0, 16);
    $variants['ext-base'] = $startVariant('base module, README way', __DIR__ . '/app/ext_request.php', ['extension' => $base]);
    $variants['ext-base']['path'] = '/?readme=1';
    $variants['noop-base'] = ['label' => 'empty web request, base module', 'path' => '/?noop=1', 'scale' => 4,
        'conn' => bench_http_connect($variants['ext-base']['app']['port'])] + $variants['ext-base'];
}
[$wxp, $wxpWhy] = bench_wechatpay_php_source("$work/wechatpay-php");
if ($wxp === null) {
    $notes[] = "wechatpay-php: NOT MEASURED, its source is absent: $wxpWhy. Point WXP_BENCH_WECHATPAY_PHP_GIT and "
        . 'WXP_BENCH_URI_TEMPLATE_GIT at git dirs of github:wechatpay-apiv3/wechatpay-php and github:guzzle/uri-template';
} else {
    [$curl, $curlWhy] = bench_php_curl("$work/php-curl");
    $notes[] = "wechatpay-php: $wxpWhy; Debian's Guzzle " . trim((string) shell_exec(
        "dpkg-query -W -f '\${Version}' php-guzzlehttp-guzzle 2>/dev/null")) . ' (/usr/share/php); '
        . ($curl !== null ? "PHP curl extension: $curlWhy" : "no PHP curl extension ($curlWhy): Guzzle's stream handler");
    $variants['wechatpay-php'] = $startVariant('wechatpay-php 1.4.12, README way', __DIR__ . '/app/wechatpay_php.php',
        $curl !== null ? ['extension' => $curl] : [],
        ['APP_WXP_SRC' => $wxp['wechatpay'], 'APP_URI_TEMPLATE_SRC' => $wxp['uri_template']]);
}

// The floor hashes a response body like the app's (the member-card JSON).
$floor = bench_rsa_floor($keys, $webRequest($variants['ext'], '/?raw=1'));
foreach ($variants as $k => &$v) { // warm-up: every worker has served requests (OPcache, keys, connections)
    for ($i = 0; $i < $warmup; $i++) {
        $webRequest($v);
    }
    $v['workers'] = bench_app_fpm_workers($v['app']);
    $v['log_offset'] = filesize($v['access_log']);
    clearstatcache();
}
unset($v);
for ($i = 0; $i < 20; $i++) {
    $floor();
}

$floorCpu = [];
$keysOrder = array_keys($variants);
for ($r = 0; $r < $rounds; $r++) {
    // Rotate the order, so every way sees the drifting load of the shared machine alike.
    $order = array_merge(array_slice($keysOrder, $r % count($keysOrder)), array_slice($keysOrder, 0, $r % count($keysOrder)));
    foreach ($order as $k) {
        $v = &$variants[$k];
        $m = $n * ($v['scale'] ?? 1);
        $t0 = hrtime(true);
        $c0 = bench_proc_cpu_ns($v['workers']);
        for ($i = 0; $i < $m; $i++) {
            $webRequest($v);
        }
        $c1 = bench_proc_cpu_ns($v['workers']);
        $v['wall'][] = (hrtime(true) - $t0) / 1e9 / $m;
        $v['cpu'][] = ($c1 - $c0) / $m;
        unset($v);
    }
    // getrusage(), not schedstat: a running task's schedstat lags by up to a scheduler tick.
    $floorCpu[] = bench_cpu_per($n, $floor);
}
$rsa = bench_median($floorCpu);

// Handshakes, from the TLS fronts' access logs, over the measured rounds only.
foreach ($variants as $k => &$v) {
    if (bench_app_fpm_workers($v['app']) !== $v['workers']) {
        throw new RuntimeException("{$v['label']}: the FPM workers changed during the rounds");
    }
    if (isset($v['scale']) || isset($v['shared_front'])) { // no TLS front of their own
        continue;
    }
    clearstatcache();
    $lines = array_filter(explode("\n", (string) file_get_contents($v['access_log'], false, null, $v['log_offset'])));
    $conns = $new = $resumed = 0;
    $seen = [];
    foreach ($lines as $line) {
        [$conn, $requests, $reused] = explode(' ', trim($line)) + [1 => '', 2 => ''];
        $seen[$conn] = true;
        if ((int) $requests === 1) {
            $new++;
            $resumed += $reused === 'r' ? 1 : 0;
        }
    }
    $v['tls'] = ['requests' => count($lines), 'new' => $new, 'resumed' => $resumed, 'distinct' => count($seen)];
}
unset($v);

// The extension's own connection statistics, when this build has WeChatPay\Pool.
$stats = [];
for ($i = 0; $i < 4 * $children && count($stats) < $children; $i++) {
    $s = json_decode($webRequest($variants['ext'], '/?stats=1'), true);
    $stats[$s['pid']] = $s['pool'];
}
ksort($stats);

$total = $n * $rounds;
$ext = bench_median($variants['ext']['cpu']);
$fmtRounds = static fn (array $xs, float $scale = 1e6): string => implode(' ', array_map(static fn ($x) => sprintf('%.0f', $x * $scale), $xs));
printf("web requests: %d per round x %d rounds per way, after %d warm-up ones; php-fpm pm = static, %d children, OPcache on\n",
    $n, $rounds, $warmup, $children);
echo "CPU per web request = CPU time of the FPM workers (/proc/<pid>/schedstat, ns) / web requests; median of the rounds\n";
foreach ($notes as $note) {
    echo $note, "\n";
}
echo "\n";
printf("%-40s %10s %9s %9s  %s\n", 'way', 'CPU/req', 'x floor', 'wall/req', 'CPU per round (us)');
printf("%-40s %7.1f us %9s %9s  %s\n", 'RSA sign+verify floor (this process)', $rsa * 1e6, '1.00x', '', $fmtRounds($floorCpu));
foreach ($variants as $k => $v) {
    $cpu = bench_median($v['cpu']);
    printf("%-40s %7.1f us %8.2fx %6.2f ms  %s\n", $v['label'], $cpu * 1e6, $cpu / $rsa, bench_median($v['wall']) * 1e3,
        $fmtRounds($v['cpu']));
}
echo "\n";
printf("extension (README way) per web request / floor: %.2fx (target <= 1.80x): %s\n", $ext / $rsa,
    $ext / $rsa <= 1.80 ? 'MET' : sprintf('MISS by %.0f us', ($ext - 1.80 * $rsa) * 1e6));
$file = bench_median($variants['ext-file']['cpu']);
printf("extension (file:// strings) per web request / floor: %.2fx\n", $file / $rsa);
$withExt = bench_median($variants['noop']['cpu']);
$withoutExt = bench_median($variants['noop-noext']['cpu']);
printf("empty web request, extension loaded - not loaded: %+.1f us (%.1f vs %.1f us; rounds with: %s, without: %s;"
    . " target: no measurable difference)\n", ($withExt - $withoutExt) * 1e6, $withExt * 1e6, $withoutExt * 1e6,
    $fmtRounds($variants['noop']['cpu']), $fmtRounds($variants['noop-noext']['cpu']));
foreach ($variants as $k => $v) {
    if (!isset($v['tls'])) { // no TLS front of their own
        continue;
    }
    $t = $v['tls'];
    $per = $t['new'] / max(1, $t['requests']);
    printf("TLS handshakes, %-22s: %d new connection(s) (%d resumed) over %d web requests = %.3f per web request"
        . "; %d distinct connection(s); access log lines %d%s\n",
        $k === 'ext' ? 'extension' : $k, $t['new'], $t['resumed'], $t['requests'], $per, $t['distinct'], $t['requests'],
        $k === 'ext' ? sprintf(' (target 0 once warm): %s', $t['new'] === 0 ? 'MET' : 'MISS') : '');
}
if (array_filter($stats) === []) {
    echo "WeChatPay\\Pool::stats(): class WeChatPay\\Pool is not in this build\n";
} else {
    foreach ($stats as $pid => $s) {
        echo "WeChatPay\\Pool::stats() in worker $pid (since it started, warm-up included): ",
            json_encode($s, JSON_UNESCAPED_SLASHES), "\n";
    }
}
if (isset($variants['ext-base'])) {
    $b = bench_median($variants['ext-base']['cpu']);
    printf("base module / this module, README way: %.2fx (%.1f vs %.1f us; %+.1f us); empty web request %.1f vs %.1f us\n",
        $b / $ext, $b * 1e6, $ext * 1e6, ($ext - $b) * 1e6, bench_median($variants['noop-base']['cpu']) * 1e6, $withExt * 1e6);
}
if (isset($variants['wechatpay-php'])) {
    $other = bench_median($variants['wechatpay-php']['cpu']);
    printf("wechatpay-php / extension (both the README way) CPU per web request: %.1fx (target >= 8x): %s\n",
        $other / $ext, $other / $ext >= 8 ? 'MET' : 'MISS');
} else {
    echo "wechatpay-php: not measured (see above), no ratio\n";
}
