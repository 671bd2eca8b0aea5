--TEST--
Re-entry: a sink's write() that waits on another call, cancels the promise being settled, or calls exit() runs while C holds nothing of the transfer it could free: no crash, no leak, the outcomes PHP code would expect
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$big = $client->chain('v3/emulator/big/{n}');

final class Reentrant implements Psr\Http\Message\StreamInterface
{
    use GuzzleHttp\Psr7\StreamDecoratorTrait;
    private Psr\Http\Message\StreamInterface $stream;
    public $onWrite;
    public function __construct() { $this->stream = new GuzzleHttp\Psr7\BufferStream(1 << 30); }
    public function write($string): int
    {
        if ($this->onWrite) {
            $f = $this->onWrite;
            $this->onWrite = null;
            $f();
        }
        return $this->stream->write($string);
    }
}

// write() waits on another call: the nested wait settles it, then the outer delivery goes on
$sink = new Reentrant();
$sink->onWrite = function () use ($big) {
    echo 'nested ', $big->getAsync(['n' => 50])->wait()->getStatusCode(), "\n";
};
$status = $big->get(['n' => 100000, 'sink' => $sink])->getStatusCode();
echo 'outer ', $status, ' ', $sink->getSize(), "\n";

// write() cancels the promise being settled: the promise stays cancelled, the late outcome changes nothing
$sink = new Reentrant();
$p = $big->getAsync(['n' => 100000, 'sink' => $sink]);
$sink->onWrite = function () use (&$p) { $p->cancel(); echo 'cancelled: ', $p->getState(), "\n"; };
try {
    $p->wait();
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
echo $p->getState(), "\n";

// write() exits: the script ends there
$sink = new Reentrant();
$sink->onWrite = function () { echo "exiting\n"; exit(0); };
register_shutdown_function(function () { echo "shutdown\n"; });
$big->getAsync(['n' => 100000, 'sink' => $sink])->wait();
echo "not reached\n";
?>
--EXPECTF--
nested 200
outer 200 100000
cancelled: rejected
%sCancellationException
rejected
exiting
shutdown
