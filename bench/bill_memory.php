<?php
/**
 * Bill::download() in fixed memory (issue 15, part 4): the peak resident size (VmHWM, /proc/self/status) and
 * memory_get_peak_usage() of a fresh PHP process that downloads one bill to a file, for a 1 MB and a 100 MB bill,
 * plain and gzipped, and the ratio 100 MB / 1 MB. For contrast, the package's hand-written way in the same
 * kind of process: the body read into memory, gzdecode()d, sha1() compared.
 *
 *   php -d extension=$PWD/modules/wechatpay.so bench/bill_memory.php [big MB=100] [small MB=1]
 *
 * The emulator (php -S, tests/inc/server.inc) generates each bill of exactly that size and streams it in 64 KiB
 * pieces (gzipped as it goes for tar_type GZIP). Each measurement runs in its own child process (a peak is a
 * high-water mark): the child makes the client, downloads, checks the SHA-1, and prints its figures. Exit
 * status 0 whatever the figures.
 */

declare(strict_types=1);

if (($argv[1] ?? '') === '--child') {
    // child: [2] config file, [3] way (bill|package), [4] bill JSON, [5] destination path
    $config = unserialize((string) file_get_contents($argv[2]));
    $bill = json_decode($argv[4], true);
    $instance = WeChatPay\Builder::factory($config + ['timeout' => 600, 'max_response_size' => 1 << 30]);
    $before = (int) preg_replace('/.*^VmHWM:\s+(\d+) kB.*/ms', '$1', (string) file_get_contents('/proc/self/status'));
    if ($argv[3] === 'bill') {
        $got = WeChatPay\Bill::download($instance, $bill, $argv[5]);
        $ok = $got['sha1'] === $bill['hash_value'];
    } else {
        $raw = (string) $instance->chain('{+u}')->get(['u' => $bill['download_url']])->getBody();
        $plain = str_starts_with($raw, "\x1f\x8b") ? gzdecode($raw) : $raw;
        $ok = hash_equals($bill['hash_value'], sha1($plain));
        file_put_contents($argv[5], $plain);
    }
    $after = (int) preg_replace('/.*^VmHWM:\s+(\d+) kB.*/ms', '$1', (string) file_get_contents('/proc/self/status'));
    echo json_encode(['ok' => $ok, 'rss_before_kb' => $before, 'rss_peak_kb' => $after, 'php_peak' => memory_get_peak_usage()]), "\n";
    exit(0);
}

require __DIR__ . '/../tests/inc/server.inc';

$bigMb = max(1, (int) ($argv[1] ?? 100));
$smallMb = max(1, (int) ($argv[2] ?? 1));
$emu = wxp_emulator_start();
$config = wxp_config($emu);
$dir = wxp_make_temp_dir('wxp-bench-bill');
file_put_contents("$dir/config", serialize($config));
$instance = WeChatPay\Builder::factory($config);
// the same module this process loaded (the command line's extension=...)
$module = null;
foreach (file('/proc/self/maps') as $line) {
    if (preg_match('~(/\S*wechatpay\.so)$~', trim($line), $m)) {
        $module = $m[1];
        break;
    }
}

$run = static function (string $way, ?string $tar, int $mb) use ($instance, $dir, $module): array {
    $bill = json_decode((string) $instance->v3->bill->tradebill->get(['query' => array_filter(['bill_date' => '2024-06-01',
        'tar_type' => $tar, 'emulator_size' => $mb * 1024 * 1024])])->getBody(), true);
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$module", '-d', 'memory_limit=-1', __FILE__, '--child', "$dir/config",
        $way, json_encode($bill), "$dir/bill.csv"];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    @unlink("$dir/bill.csv");
    $r = json_decode(trim((string) $out), true);
    if (!is_array($r) || !$r['ok']) {
        fwrite(STDERR, "child failed ($way $tar $mb MB): $out $err\n");
        exit(1);
    }
    return $r;
};

printf("Bill memory, %s, load %s\n", gmdate('Y-m-d H:i:s') . ' UTC', implode(' ', array_map(fn ($l) => sprintf('%.2f', $l), sys_getloadavg())));
printf("%-34s %12s %12s %14s %14s\n", 'way, bill', 'rss start', 'rss peak', 'php peak', 'rss growth');
$rows = [];
foreach (['bill' => 'Bill::download()', 'package' => 'package way (memory, gzdecode, sha1)'] as $way => $label) {
    foreach ([null, 'GZIP'] as $tar) {
        foreach ([$smallMb, $bigMb] as $mb) {
            $r = $run($way, $tar, $mb);
            $rows[$way][$tar ?? 'plain'][$mb] = $r;
            printf("%-34s %9d kB %9d kB %11.1f kB %11d kB\n", sprintf('%s, %d MB %s', $way, $mb, $tar ?? 'plain'),
                $r['rss_before_kb'], $r['rss_peak_kb'], $r['php_peak'] / 1024, $r['rss_peak_kb'] - $r['rss_before_kb']);
        }
    }
}
echo "\nratios of the $bigMb MB bill to the $smallMb MB one (1.00 = the same memory whatever the size):\n";
foreach ($rows as $way => $byTar) {
    foreach ($byTar as $tar => $bySize) {
        $s = $bySize[$smallMb];
        $b = $bySize[$bigMb];
        printf("  %-8s %-6s rss peak x%.2f, php peak x%.2f\n", $way, $tar, $b['rss_peak_kb'] / $s['rss_peak_kb'],
            $b['php_peak'] / $s['php_peak']);
    }
}
wxp_remove_tree($dir);
