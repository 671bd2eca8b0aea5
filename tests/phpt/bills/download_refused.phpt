--TEST--
Bill::download(): a bill without SHA1 and a SHA-1 hash_value, a download_url off base_uri's origin (a signed request elsewhere would hand that host a signature) or off the bill path, a destination that is no writable file or stream, or an instance that is not a factory's client: InvalidArgumentException before anything is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$other = wxp_emulator_start(['workers' => 0]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$dir = wxp_make_temp_dir('wxp-bill');
$p1 = $emu['port'];
$p2 = $other['port'];
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-04']])->getBody(), true);
$url = $bill['download_url'];
$token = substr($url, strpos($url, '?'));

function attempt(array $bill, mixed $to, mixed $instance = null): void
{
    global $client, $p1, $p2, $dir;
    try {
        WeChatPay\Bill::download($instance ?? $client, $bill, $to);
        echo "downloaded\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', preg_replace('~token=[A-Za-z0-9_-]+~', 'token=T',
            str_replace([(string) $p1, (string) $p2, $dir], ['P1', 'P2', 'DIR'], $e->getMessage())), "\n";
    }
}

echo "-- the bill array\n";
attempt(['hash_type' => 'SM3'] + $bill, "$dir/a.csv");
attempt(['hash_type' => 'sha1'] + $bill, "$dir/lower.csv"); // the type's case does not matter
attempt(['hash_value' => 'abc'] + $bill, "$dir/a.csv");
attempt(['hash_value' => str_repeat('g', 40)] + $bill, "$dir/a.csv");
attempt(['hash_value' => $bill['hash_value'] . '0'] + $bill, "$dir/a.csv");
attempt(['hash_value' => 40] + $bill, "$dir/a.csv");
attempt(array_diff_key($bill, ['download_url' => 1]), "$dir/a.csv");
attempt(['download_url' => ''] + $bill, "$dir/a.csv");

echo "-- download_url elsewhere\n";
attempt(['download_url' => "http://127.0.0.1:$p2/v3/billdownload/file$token"] + $bill, "$dir/a.csv");
attempt(['download_url' => "https://127.0.0.1:$p1/v3/billdownload/file$token"] + $bill, "$dir/a.csv");
attempt(['download_url' => "http://localhost:$p1/v3/billdownload/file$token"] + $bill, "$dir/a.csv");
attempt(['download_url' => "http://127.0.0.1:$p1@127.0.0.1:$p2/v3/billdownload/file$token"] + $bill, "$dir/a.csv");
attempt(['download_url' => "http://127.0.0.1:$p1/v3/emulator/echo$token"] + $bill, "$dir/a.csv");
attempt(['download_url' => "http://127.0.0.1:$p1/v3/billdownload/file/../../emulator/echo"] + $bill, "$dir/a.csv");

echo "-- the destination\n";
attempt($bill, $dir);
attempt($bill, "$dir/missing/a.csv");
attempt($bill, '');
attempt($bill, "$dir/a\0.csv");
attempt($bill, "ftp://127.0.0.1/a.csv");
attempt($bill, 42);
attempt($bill, ['a.csv']);
$ro = fopen(__FILE__, 'rb');
attempt($bill, $ro);
$closed = fopen('php://memory', 'w+b');
fclose($closed);
attempt($bill, $closed);
attempt($bill, $ctx = stream_context_create());

echo "-- the instance\n";
attempt($bill, "$dir/a.csv", $client->v3->bill);  // any node of the factory's tree will do
try {
    WeChatPay\Bill::download(new stdClass(), $bill, "$dir/a.csv");
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- sent: only the two downloads that were allowed\n";
$log = wxp_emulator_requests($emu);
var_dump(count(array_filter($log, fn($r) => str_starts_with($r['request_uri'], '/v3/billdownload/'))));
var_dump(count(wxp_emulator_requests($other)));
echo implode(' ', array_map('basename', glob("$dir/*"))), "\n";
wxp_remove_tree($dir);
?>
--EXPECT--
-- the bill array
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['hash_type'] must be 'SHA1' (the one WeChat Pay documents), 'SM3' given
downloaded
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['hash_value'] must be a SHA-1 of 40 hex digits, 3 bytes given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['hash_value'] must be a SHA-1 of 40 hex digits, 40 bytes given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['hash_value'] must be a SHA-1 of 40 hex digits, 41 bytes given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['hash_value'] must be a non-empty string (the answer of /v3/bill/tradebill or /v3/bill/fundflowbill, json_decode()d), int given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] must be a non-empty string (the answer of /v3/bill/tradebill or /v3/bill/fundflowbill, json_decode()d), nothing given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] must be a non-empty string (the answer of /v3/bill/tradebill or /v3/bill/fundflowbill, json_decode()d), an empty string given
-- download_url elsewhere
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL 'http://127.0.0.1:P2/v3/billdownload/file?token=T' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL 'https://127.0.0.1:P1/v3/billdownload/file?token=T' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL 'http://localhost:P1/v3/billdownload/file?token=T' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL 'http://***@127.0.0.1:P2/v3/billdownload/file?token=T' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL 'http://127.0.0.1:P1/v3/emulator/echo?token=T' is not WeChat Pay's bill file /v3/billdownload/file
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $bill['download_url'] is refused, nothing was sent: URL path '/v3/billdownload/file/../../emulator/echo' holds the dot segment '..': a chain step or placeholder value may not climb or rewrite the path
-- the destination
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to 'DIR' is a directory: give the bill's file name
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to 'DIR/missing/a.csv' is not writable: no file can be made beside it (No such file or directory)
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, an empty or NUL-containing string given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, an empty or NUL-containing string given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a local file path (or a stream resource, such as one fopen() gave for 'ftp://127.0.0.1/a.csv')
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, int given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, array given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to is a stream opened for reading only (mode 'rb'): it must be writable
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, a closed or other resource given
WeChatPay\Exception\InvalidArgumentException: Bill::download(): $to must be a file path or a writable stream resource, a closed or other resource given
-- the instance
downloaded
TypeError: WeChatPay\Bill::download(): Argument #1 ($instance) must be of type WeChatPay\BuilderChainable, stdClass given
-- sent: only the two downloads that were allowed
int(2)
int(0)
a.csv lower.csv