--TEST--
Bill::download(): the GET goes through the client's transport settings: https with its 'verify' CA (a download_url on the TLS front's origin), a wrong CA refused, and its 'timeout' ending a stalled download as a ConnectException with nothing left at the path
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $tls['ca']]));
$dir = wxp_make_temp_dir('wxp-bill');

$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-07', 'tar_type' => 'GZIP', 'emulator_size' => 100000]])->getBody(), true);
var_dump(str_starts_with($bill['download_url'], $tls['base_uri'] . 'v3/billdownload/file?token='));
var_dump(WeChatPay\Bill::download($client, $bill, "$dir/bill.csv")['sha1'] === sha1_file("$dir/bill.csv"));

$wrong = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $tls['other_ca']]));
try {
    WeChatPay\Bill::download($wrong, $bill, "$dir/wrong.csv");
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCurlErrno(), "\n";
}

// the client's timeout (2 s) runs out while the download stalls (5 s) after its first piece
$plain = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 2]));
$stalled = json_decode((string) WeChatPay\Builder::factory(wxp_config($emu))->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-07', 'emulator_size' => 1000000, 'emulator_fault' => 'stall']])->getBody(), true);
try {
    WeChatPay\Bill::download($plain, $stalled, "$dir/stalled.csv");
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCurlErrno(), "\n";
}
echo implode(' ', array_map('basename', glob("$dir/*"))), "\n";
wxp_remove_tree($dir);
?>
--EXPECT--
bool(true)
bool(true)
WeChatPay\Exception\Own\ConnectException 60
WeChatPay\Exception\Own\ConnectException 28
bill.csv
