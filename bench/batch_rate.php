<?php
/**
 * Batch jobs on worker threads (issue 13, item 4): calls per second of a CLI batch, 2,000 async calls with
 * 32 in flight (a window: each settled call starts the next), against nginx answering every request with one
 * pre-signed answer (signed at start with the platform key and a current timestamp: nginx costs the client
 * and the machine little, so the client's own work is what is measured). Every answer is verified by the
 * client as any other. wechatpay.crypto_threads 0, 1 and 2 (PHP_INI_SYSTEM: each run is a php of its own)
 * take turns over the rounds, in a rotating order; the figure is calls/s against the single-core floor rate
 * of bench/lib.inc (one openssl_sign + one openssl_verify per call, measured in this process in each round).
 * Target: threads on >= 1.5x the floor rate on the 2-core machine.
 *
 * Run: php -d extension=$PWD/modules/wechatpay.so bench/batch_rate.php [rounds=5] [calls=2000] [in flight=32] [threads list=0,1,2]
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/keys.inc';
require __DIR__ . '/../tests/inc/nginx.inc';
require __DIR__ . '/lib.inc';

/** The child: one batch with this php's wechatpay.crypto_threads; prints a JSON line. */
function batch_child(array $cfg, int $calls, int $window): void
{
    $client = WeChatPay\Builder::factory($cfg + ['max_connections' => $window]);
    $node = $client->chain('v3/marketing/favor/stocks/{stock_id}/use-flow');
    $node->get(['stock_id' => '9856000']); // warm-up: engine, keys, one connection
    $t = hrtime(true);
    $cpu = bench_cpu();
    $inFlight = [];
    $started = $done = 0;
    while ($done < $calls) {
        while ($started < $calls && count($inFlight) < $window) {
            $inFlight[] = $node->getAsync(['stock_id' => (string) (9856000 + $started)]);
            $started++;
        }
        $answer = array_shift($inFlight)->wait();
        if ($answer->getStatusCode() !== 200) {
            throw new RuntimeException('unexpected answer');
        }
        $done++;
    }
    $wall = (hrtime(true) - $t) / 1e9;
    echo json_encode(['rate' => $calls / $wall, 'cpu_per_call' => (bench_cpu() - $cpu) / $calls,
        'threads' => (int) ini_get('wechatpay.crypto_threads')]), "\n";
}

/** nginx on a free port answering every request with $body and the signature headers of $headers. */
function batch_front(string $dir, string $body, array $headers): int
{
    $nginx = wxp_nginx_binary() ?? throw new RuntimeException('nginx is not installed');
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr((string) strrchr(stream_socket_get_name($probe, false), ':'), 1);
    fclose($probe);
    $add = '';
    foreach ($headers as $name => $value) {
        $add .= "add_header $name \"$value\";\n                ";
    }
    $escaped = addcslashes($body, "'\\");
    file_put_contents("$dir/nginx.conf", <<<CONF
        user root;
        worker_processes 1;
        daemon off;
        pid $dir/nginx.pid;
        error_log $dir/error.log warn;
        events { worker_connections 4096; }
        http {
            access_log off;
            client_body_temp_path $dir/body;
            proxy_temp_path $dir/proxy;
            fastcgi_temp_path $dir/fastcgi;
            uwsgi_temp_path $dir/uwsgi;
            scgi_temp_path $dir/scgi;
            keepalive_timeout 60s;
            keepalive_requests 1000000;
            server {
                listen 127.0.0.1:$port;
                location / {
                default_type "application/json; charset=utf-8";
                $add
                return 200 '$escaped';
                }
            }
        }
        CONF);
    $r = wxp_supervise([$nginx, '-e', "$dir/error.log", '-c', "$dir/nginx.conf"], ['port' => $port], "$dir/stdout.log");
    if (!$r['ok']) {
        throw new RuntimeException("nginx did not start: {$r['value']}");
    }
    return $port;
}

if (($argv[1] ?? '') === '--child') {
    batch_child(json_decode($argv[2], true), (int) $argv[3], (int) $argv[4]);
    exit(0);
}

$rounds = max(1, (int) ($argv[1] ?? 5));
$calls = max(32, (int) ($argv[2] ?? 2000));
$window = max(1, (int) ($argv[3] ?? 32));
$threadsList = array_map('intval', explode(',', $argv[4] ?? '0,1,2'));

$keys = wxp_test_keys();
$dir = wxp_make_temp_dir('wxpbatch');
register_shutdown_function('wxp_remove_tree', $dir);
$body = '{"stock_id":"9856000","flow":"presigned"}';
$nonce = bin2hex(random_bytes(16));
$timestamp = (string) time(); // valid for 300 s: the whole run must stay under that (a run of 5 rounds takes ~60-90 s)
openssl_sign("$timestamp\n$nonce\n$body\n", $signature, openssl_pkey_get_private(file_get_contents($keys['platform_private_key'])),
    OPENSSL_ALGO_SHA256);
$port = batch_front($dir, $body, ['Wechatpay-Timestamp' => $timestamp, 'Wechatpay-Nonce' => $nonce,
    'Wechatpay-Signature' => base64_encode($signature), 'Wechatpay-Serial' => $keys['platform_serial']]);
$cfg = ['mchid' => $keys['mchid'], 'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'],
    'certs' => [$keys['platform_serial'] => 'file://' . $keys['platform_cert']],
    'base_uri' => "http://127.0.0.1:$port/"];
$floor = bench_rsa_floor($keys, $body);
$soPath = getenv('WXP_EXTENSION') ?: realpath(__DIR__ . '/../modules/wechatpay.so');

printf("%d rounds of %d async calls, %d in flight, against nginx answering one pre-signed answer; crypto_threads %s; %s\n",
    $rounds, $calls, $window, implode(', ', $threadsList), bench_loadavg());
$rates = array_fill_keys($threadsList, []);
$cpus = array_fill_keys($threadsList, []);
$floors = [];
for ($r = 0; $r < $rounds; $r++) {
    $floors[] = 1 / bench_cpu_per(300, $floor);
    $k = $r % count($threadsList);
    foreach (array_merge(array_slice($threadsList, $k), array_slice($threadsList, 0, $k)) as $threads) {
        $out = [];
        exec(sprintf('%s -d extension=%s -d wechatpay.crypto_threads=%d %s --child %s %d %d 2>&1',
            escapeshellarg(PHP_BINARY), escapeshellarg($soPath), $threads, escapeshellarg(__FILE__),
            escapeshellarg(json_encode($cfg)), $calls, $window), $out, $rc);
        $line = json_decode((string) end($out), true);
        if ($rc !== 0 || !is_array($line)) {
            throw new RuntimeException("child with $threads threads failed: " . implode("\n", $out));
        }
        $rates[$threads][] = $line['rate'];
        $cpus[$threads][] = $line['cpu_per_call'];
    }
    $floors[] = 1 / bench_cpu_per(300, $floor);
}
$floorRate = bench_median($floors);
printf("single-core floor (openssl_sign + openssl_verify): %.0f calls/s (median of %d)\n", $floorRate, count($floors));
foreach ($threadsList as $threads) {
    $rate = bench_median($rates[$threads]);
    printf("crypto_threads=%d: %6.0f calls/s = %.2fx the floor rate; process CPU (all threads) %.0f us/call (rounds: %s)\n", $threads,
        $rate, $rate / $floorRate, bench_median($cpus[$threads]) * 1e6,
        implode(' ', array_map(static fn ($v) => sprintf('%.0f', $v), $rates[$threads])));
}
printf("%s\n", bench_loadavg());
