--TEST--
Bill::download(): a path outside open_basedir is refused before anything is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-08']])->getBody(), true);
ini_set('open_basedir', sys_get_temp_dir() . PATH_SEPARATOR . dirname(__DIR__, 2));
try {
    WeChatPay\Bill::download($client, $bill, '/wxp-bill-outside.csv');
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(@file_exists('/wxp-bill-outside.csv'));
$dir = wxp_make_temp_dir('wxp-bill');
var_dump(WeChatPay\Bill::download($client, $bill, "$dir/inside.csv")['sha1'] === $bill['hash_value']);
wxp_remove_tree($dir);
$log = wxp_emulator_requests($emu);
var_dump(count(array_filter($log, fn($r) => str_starts_with($r['request_uri'], '/v3/billdownload/'))));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to '/wxp-bill-outside.csv' is not a path this script may write (open_basedir)
bool(false)
bool(true)
int(1)
