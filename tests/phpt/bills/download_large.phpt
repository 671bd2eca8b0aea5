--TEST--
Bill::download(): a 20 MB bill, gzipped and plain, streams to its file in fixed memory: PHP's peak memory and the process's peak RSS grow by far less than the bill (2 MB under valgrind, where RSS is not the process's)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$valgrind = getenv('USE_ZEND_ALLOC') === '0';
$size = $valgrind ? 2 * 1024 * 1024 : 20 * 1024 * 1024;
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu) + ['timeout' => 120]);
$dir = wxp_make_temp_dir('wxp-bill');

function peak_rss_kb(): int
{
    preg_match('/^VmHWM:\s+(\d+) kB/m', (string) file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

foreach (['GZIP', null] as $tar) {
    $bill = json_decode((string) $client->v3->bill->fundflowbill->get(['query' => array_filter(['bill_date' => '2024-05-06',
        'tar_type' => $tar, 'emulator_size' => $size])])->getBody(), true);
    gc_collect_cycles();
    $php = memory_get_usage();
    memory_reset_peak_usage();
    $rss = peak_rss_kb();
    $got = WeChatPay\Bill::download($client, $bill, "$dir/bill.csv");
    $phpGrowth = memory_get_peak_usage() - $php;
    $rssGrowth = (peak_rss_kb() - $rss) * 1024;
    var_dump($got['bytes'] === $size, $got['gzip'] === ($tar !== null), filesize("$dir/bill.csv") === $size);
    var_dump(sha1_file("$dir/bill.csv") === $bill['hash_value']);
    // a bill held in memory would grow both by at least its size
    var_dump($phpGrowth < 512 * 1024);
    var_dump($valgrind || $rssGrowth < 4 * 1024 * 1024);
    if ($phpGrowth >= 512 * 1024 || (!$valgrind && $rssGrowth >= 4 * 1024 * 1024)) {
        echo "php +$phpGrowth bytes, rss +$rssGrowth bytes\n";
    }
    unlink("$dir/bill.csv");
}
wxp_remove_tree($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
