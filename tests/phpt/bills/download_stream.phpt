--TEST--
Bill::download(): to a writable stream resource, written at its position and left open; a stream that takes fewer bytes or throws is a RequestException (what it threw as the previous), and the app owns what was written
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-05', 'tar_type' => 'GZIP', 'emulator_size' => 200000]])->getBody(), true);

// php://temp, after bytes already there: the bill goes after them, the stream stays open where it ended
$temp = fopen('php://temp', 'w+b');
fwrite($temp, "HEAD\n");
$got = WeChatPay\Bill::download($client, $bill, $temp);
var_dump($got['bytes'], $got['gzip'], $got['sha1'] === $bill['hash_value'], ftell($temp));
rewind($temp);
$all = stream_get_contents($temp);
var_dump(substr($all, 0, 5), sha1(substr($all, 5)) === $bill['hash_value']);
fclose($temp);

// append mode, a file opened by the app
$path = tempnam(sys_get_temp_dir(), 'wxp-bill-');
$fh = fopen($path, 'ab');
WeChatPay\Bill::download($client, $bill, $fh);
fclose($fh);
var_dump(sha1_file($path) === $bill['hash_value']);
unlink($path);

// a stream that takes part of what it is given, one that throws
class Picky
{
    public $context;
    public static int $limit = 100000;
    public static bool $throw = false;
    private int $taken = 0;
    public function stream_open($path, $mode, $options, &$opened) { return true; }
    public function stream_write(string $data): int
    {
        if (self::$throw && $this->taken > 0) {
            throw new LogicException('disk quota of the app');
        }
        $n = min(strlen($data), self::$limit - $this->taken);
        $this->taken += $n;
        return $n;
    }
    public function stream_flush(): bool { return true; }
    public function stream_close(): void {}
}
stream_wrapper_register('picky', 'Picky');

foreach ([false, true] as $throw) {
    Picky::$throw = $throw;
    $s = fopen('picky://x', 'wb');
    try {
        WeChatPay\Bill::download($client, $bill, $s);
    } catch (WeChatPay\Exception\RequestException $e) {
        echo get_class($e), ': ', preg_replace(['~token=[A-Za-z0-9_-]+~', '~Request-ID: [0-9A-F]+-0~', '~:\d+/~'], ['token=T', 'Request-ID: R', ':P/'], $e->getMessage()), "\n";
        $previous = $e->getPrevious();
        echo '  previous: ', $previous ? get_class($previous) . ': ' . $previous->getMessage() : 'none', "\n";
    }
    fclose($s);
}
?>
--EXPECTF--
int(200000)
bool(true)
bool(true)
int(200005)
string(5) "HEAD
"
bool(true)
bool(true)
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:P/v3/billdownload/file?token=T answered 200, but the bill could not be written to the stream resource: the stream took fewer bytes than it was given (%d bytes of it written) (Request-ID: R)
  previous: none
WeChatPay\Exception\Own\RequestException: GET http://127.0.0.1:P/v3/billdownload/file?token=T answered 200, but the bill could not be written to the stream resource: the stream took fewer bytes than it was given (%d bytes of it written) (Request-ID: R)
  previous: LogicException: disk quota of the app
