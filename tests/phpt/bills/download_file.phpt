--TEST--
Bill::download(): a trade and a fund-flow bill, plain and GZIP, to a file path: gunzipped, SHA-1 checked against hash_value, written beside the path and renamed, the same bytes as the bill the package's way gives
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$dir = wxp_make_temp_dir('wxp-bill');

foreach ([['tradebill', []], ['tradebill', ['tar_type' => 'GZIP']], ['fundflowbill', ['account_type' => 'OPERATION']],
          ['fundflowbill', ['tar_type' => 'GZIP']]] as [$which, $query]) {
    $bill = json_decode((string) $client->v3->bill->{$which}->get(['query' => ['bill_date' => '2024-05-01'] + $query])->getBody(), true);
    $to = "$dir/$which.csv";
    $got = WeChatPay\Bill::download($client, $bill, $to);
    // the package's way: the whole bill in memory, gunzipped, hashed
    $raw = (string) $client->chain('{+u}')->get(['u' => $bill['download_url']])->getBody();
    $plain = isset($query['tar_type']) ? gzdecode($raw) : $raw;
    var_dump($got === ['bytes' => strlen($plain), 'sha1' => sha1($plain), 'gzip' => isset($query['tar_type'])]);
    var_dump(file_get_contents($to) === $plain, $got['sha1'] === $bill['hash_value'], decoct(fileperms($to) & 0777));
    echo strtok($plain, ','), "\n";
}

// an existing file is replaced; a relative path and file:// work; upper-case hex is the same hash
file_put_contents("$dir/old.csv", str_repeat('old', 10000));
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-02', 'tar_type' => 'GZIP']])->getBody(), true);
$bill['hash_value'] = strtoupper($bill['hash_value']);
var_dump(WeChatPay\Bill::download($client, $bill, "$dir/old.csv")['bytes'] === filesize("$dir/old.csv"));
chdir($dir);
var_dump(WeChatPay\Bill::download($client, $bill, 'relative.csv')['sha1'] === sha1_file("$dir/relative.csv"));
var_dump(WeChatPay\Bill::download($client, $bill, "file://$dir/url.csv")['sha1'] === sha1_file("$dir/url.csv"));

// each download was one signed GET of download_url
$log = wxp_emulator_requests($emu);
$downloads = array_values(array_filter($log, fn($r) => str_starts_with($r['request_uri'], '/v3/billdownload/file')));
var_dump(count($downloads), count(array_filter($downloads, fn($r) => $r['auth'] === true)));

// nothing left beside the files
$names = array_map('basename', glob("$dir/*"));
sort($names);
echo implode(' ', $names), "\n";
chdir('/');
wxp_remove_tree($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(3) "600"
交易时间
bool(true)
bool(true)
bool(true)
string(3) "600"
交易时间
bool(true)
bool(true)
bool(true)
string(3) "600"
记账时间
bool(true)
bool(true)
bool(true)
string(3) "600"
记账时间
bool(true)
bool(true)
bool(true)
int(11)
int(11)
fundflowbill.csv old.csv relative.csv tradebill.csv url.csv
