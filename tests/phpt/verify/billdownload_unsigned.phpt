--TEST--
Verify: the bill file download (/v3/billdownload/file) is accepted unsigned, as by design; an unsigned answer elsewhere is not
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-01', 'bill_type' => 'ALL']])->getBody(), true);
parse_str((string) parse_url($bill['download_url'], PHP_URL_QUERY), $q);

$file = $client->v3->billdownload->file->get(['query' => ['token' => $q['token']]]);
var_dump($file->getStatusCode());
var_dump($file->hasHeader('Wechatpay-Signature'));
var_dump(sha1((string) $file->getBody()) === $bill['hash_value']);
echo strtok((string) $file->getBody(), ','), "\n";

// the same exemption does not cover other paths
try {
    $client->chain('v3/emulator/fault/missing-header/signature')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), "\n";
}
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[1]['auth']);
?>
--EXPECT--
int(200)
bool(false)
bool(true)
交易时间
WeChatPay\Exception\Own\VerificationException
int(3)
bool(true)
