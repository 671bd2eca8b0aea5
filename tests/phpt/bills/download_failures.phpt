--TEST--
Bill::download(): every failure is its own exception naming what failed (wrong hash naming both hashes, truncated or corrupt gzip, a plain body labelled gzip, an error status), and never leaves a file or a partial one: a file already at the path is kept as it was
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
$port = $emu['port'];
file_put_contents("$dir/kept.csv", 'the bill of yesterday');

function bill(array $query): array
{
    global $client;
    return json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-03'] + $query])->getBody(), true);
}

function attempt(array $bill, string $name): void
{
    global $client, $dir, $port;
    try {
        WeChatPay\Bill::download($client, $bill, "$dir/$name");
        echo "downloaded\n";
    } catch (Throwable $e) {
        $message = preg_replace(['~token=[A-Za-z0-9_-]+~', '~Request-ID: [0-9A-F]+-0~'], ['token=T', 'Request-ID: R'],
            str_replace((string) $port, 'PORT', $e->getMessage()));
        echo get_class($e), ': ', $message, "\n";
        if ($e instanceof WeChatPay\Exception\RequestException) {
            $r = $e->getResponse();
            echo '  response: ', $r ? $r->getStatusCode() . ' ' . $r->getHeaderLine('Content-Type') . ' ' . $r->getBody()->getSize() : 'none', "\n";
        }
    }
}

echo "-- the bill is not the one hash_value names\n";
foreach ([[], ['tar_type' => 'GZIP']] as $q) {
    $bill = bill($q + ['emulator_fault' => 'wrong-hash']);
    attempt($bill, 'kept.csv');
}
$plain = bill([]);
$wrong = ['hash_value' => sha1('another bill')] + $plain;
attempt($wrong, 'kept.csv');

echo "-- gzip that is not whole, or not gzip\n";
attempt(bill(['tar_type' => 'GZIP', 'emulator_fault' => 'truncated']), 'kept.csv');
attempt(bill(['tar_type' => 'GZIP', 'emulator_fault' => 'truncated', 'emulator_size' => 300000]), 'kept.csv');
attempt(bill(['tar_type' => 'GZIP', 'emulator_fault' => 'corrupt', 'emulator_size' => 300000]), 'kept.csv');
attempt(bill(['emulator_fault' => 'gzip-type']), 'kept.csv');
echo "-- a plain bill cut short: its hash says so\n";
attempt(bill(['emulator_fault' => 'truncated', 'emulator_size' => 5000]), 'new.csv');

echo "-- an error answer: the chain's exception\n";
attempt(bill(['emulator_fault' => 'status-500']), 'new.csv');
attempt(bill(['emulator_fault' => 'status-204']), 'new.csv');
// a client whose config says http_errors false: the download still throws rather than take the error as the bill
$lenient = $client;
$client = WeChatPay\Builder::factory(wxp_config($emu, ['http_errors' => false]));
attempt(bill(['emulator_fault' => 'status-500']), 'new.csv');
$client = $lenient;
$bad = ['download_url' => "http://127.0.0.1:$port/v3/billdownload/file"] + $plain; // no token: 400
attempt($bad, 'new.csv');

echo "-- nothing left behind\n";
var_dump(file_get_contents("$dir/kept.csv"));
echo implode(' ', array_map('basename', glob("$dir/*"))), "\n";
wxp_remove_tree($dir);
?>
--EXPECTF--
-- the bill is not the one hash_value names
WeChatPay\Exception\Own\VerificationException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200 but the answer did not verify: the bill's SHA-1 is 36783a82631c797cff4e0377f77d2d822201acfd, but its hash_value is d3e25d02eff7d58ba9cb36608b3982a6562dbca4 (986 bytes) (Request-ID: R)
  response: 200 text/csv; charset=utf-8 0
WeChatPay\Exception\Own\VerificationException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200 but the answer did not verify: the bill's SHA-1 is 36783a82631c797cff4e0377f77d2d822201acfd, but its hash_value is d3e25d02eff7d58ba9cb36608b3982a6562dbca4 (986 bytes, gunzipped) (Request-ID: R)
  response: 200 application/octet-stream 0
WeChatPay\Exception\Own\VerificationException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200 but the answer did not verify: the bill's SHA-1 is 36783a82631c797cff4e0377f77d2d822201acfd, but its hash_value is ee4f2e3421121cd6c992039689aabc68b5ae9cd4 (986 bytes) (Request-ID: R)
  response: 200 text/csv; charset=utf-8 0
-- gzip that is not whole, or not gzip
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200, but its bill is not usable: the gzip data is truncated: it ends after %d compressed bytes (%d bytes of bill) before its end (Request-ID: R)
  response: 200 application/octet-stream 0
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200, but its bill is not usable: the gzip data is truncated: it ends after %d compressed bytes (%d bytes of bill) before its end (Request-ID: R)
  response: 200 application/octet-stream 0
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200, but its bill is not usable: the gzip data is corrupt after %d compressed bytes: %s (Request-ID: R)
  response: 200 application/octet-stream 0
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200, but its bill is not usable: the answer's Content-Type says gzip, but its body does not start with gzip's magic bytes 1f 8b (Request-ID: R)
  response: 200 application/x-gzip 0
-- a plain bill cut short: its hash says so
WeChatPay\Exception\Own\VerificationException: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 200 but the answer did not verify: the bill's SHA-1 is 650a8fea42c4ccc4441d74433377164484b6e92d, but its hash_value is 3a0aca7cb41c76d54962833eb08194a3d9452bb9 (4900 bytes) (Request-ID: R)
  response: 200 text/csv; charset=utf-8 0
-- an error answer: the chain's exception
WeChatPay\Exception\Own\ServerException: Server error: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 500: SYSTEM_ERROR: system error, try again later (Request-ID: R)
  response: 500 application/json; charset=utf-8 65
WeChatPay\Exception\Own\RequestException: Bill::download(): the download answered 204 without a body: no bill was written
  response: none
WeChatPay\Exception\Own\ServerException: Server error: GET http://127.0.0.1:PORT/v3/billdownload/file?token=T answered 500: SYSTEM_ERROR: system error, try again later (Request-ID: R)
  response: 500 application/json; charset=utf-8 65
WeChatPay\Exception\Own\ClientException: Client error: GET http://127.0.0.1:PORT/v3/billdownload/file answered 400: PARAM_ERROR: token is required (Request-ID: R)
  response: 400 application/json; charset=utf-8 52
-- nothing left behind
string(21) "the bill of yesterday"
kept.csv