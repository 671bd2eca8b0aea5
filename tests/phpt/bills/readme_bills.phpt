--TEST--
Bill::download(): the README's "Bills" example and its hand-written wechatpay-php equivalent give the same file; with Guzzle loaded, its failures are Guzzle's RequestException family
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$dir = wxp_make_temp_dir('wxp-bill');

// README, "Bills"
$bill = json_decode((string) $instance->v3->bill->tradebill->get([
    'query' => ['bill_date' => '2024-05-01', 'bill_type' => 'ALL', 'tar_type' => 'GZIP'],
])->getBody(), true);

$saved = WeChatPay\Bill::download($instance, $bill, "$dir/trade-2024-05-01.csv");

// the same by hand
$body = (string) $instance->chain('{+download_url}')->get(['download_url' => $bill['download_url']])->getBody();
$csv = gzdecode($body);
if ($csv === false || !hash_equals($bill['hash_value'], sha1($csv))) {
    throw new RuntimeException('the bill is damaged');
}
file_put_contents("$dir/by-hand.csv", $csv);

var_dump($saved['gzip'], $saved['bytes'] === strlen($csv), $saved['sha1'] === $bill['hash_value']);
var_dump(file_get_contents("$dir/trade-2024-05-01.csv") === file_get_contents("$dir/by-hand.csv"));

// with Guzzle loaded
require '/usr/share/php/GuzzleHttp/autoload.php';
foreach (['wrong-hash', 'truncated', 'status-500'] as $fault) {
    $bad = json_decode((string) $instance->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-01', 'tar_type' => 'GZIP', 'emulator_fault' => $fault]])->getBody(), true);
    try {
        WeChatPay\Bill::download($instance, $bad, "$dir/bad.csv");
    } catch (\GuzzleHttp\Exception\RequestException $e) {
        echo $fault, ': ', get_class($e), ' ', $e->getResponse()->getStatusCode(), ' ', $e instanceof WeChatPay\Exception\WeChatPayException ? 'ours' : '?', "\n";
    }
}
echo implode(' ', array_map('basename', glob("$dir/*"))), "\n";
wxp_remove_tree($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
wrong-hash: WeChatPay\Exception\Guzzle\VerificationException 200 ours
truncated: WeChatPay\Exception\Guzzle\RequestException 200 ours
status-500: WeChatPay\Exception\Guzzle\ServerException 500 ours
by-hand.csv trade-2024-05-01.csv
