--TEST--
Options: 'sink' => a Psr\Http\Message\StreamInterface (Guzzle's, or the app's own) takes the verified body through write() and is the response's body, rewound; a write() that throws or takes fewer bytes fails the call with a RequestException (the sink's exception as its previous), and the client carries on
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

$sink = GuzzleHttp\Psr7\Utils::streamFor(fopen('php://temp', 'w+'));
$r = $big->get(['n' => 200000, 'sink' => $sink]);
var_dump($r->getBody() === $sink, $sink->tell(), $sink->getSize(), strlen($sink->getContents()));

/** Counts write() calls; throws at the call numbered $throwAt, or takes one byte less at $shortAt. */
final class Recorder implements Psr\Http\Message\StreamInterface
{
    use GuzzleHttp\Psr7\StreamDecoratorTrait;
    public int $writes = 0;
    private Psr\Http\Message\StreamInterface $stream;
    public function __construct(private int $throwAt = 0, private int $shortAt = 0) { $this->stream = new GuzzleHttp\Psr7\BufferStream(1 << 30); }
    public function write($string): int
    {
        if (++$this->writes === $this->throwAt) {
            throw new LengthException("disk full at write {$this->writes}");
        }
        $n = $this->stream->write($string);
        return $this->writes === $this->shortAt ? $n - 1 : $n;
    }
}

$recorder = new Recorder();
$big->get(['n' => 200000, 'sink' => $recorder]);
echo $recorder->writes, ' writes, ', strlen($recorder->getContents()), " bytes\n"; // 64 KiB at a time

foreach ([new Recorder(2), new Recorder(0, 1)] as $failing) {
    try {
        $big->get(['n' => 200000, 'sink' => $failing]);
        echo "returned\n";
    } catch (GuzzleHttp\Exception\RequestException $e) {
        echo get_class($e), ': ', preg_replace('~http://\S+~', '{URL}', $e->getMessage()), "\n";
        var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
        $previous = $e->getPrevious();
        echo $previous ? get_class($previous) . ': ' . $previous->getMessage() : 'no previous', "\n";
    }
}
$p = $big->getAsync(['n' => 1000, 'sink' => new Recorder(1)]);
$p->otherwise(function ($e) { echo 'async ', get_class($e), ' <- ', get_class($e->getPrevious()), "\n"; })->wait(false);
echo $big->get(['n' => 100])->getStatusCode(), "\n";
?>
--EXPECTF--
bool(true)
int(0)
int(200000)
int(200000)
4 writes, 200000 bytes
WeChatPay\Exception\Guzzle\RequestException: GET {URL} answered 200, verified, but its body could not be written to the 'sink': it threw an exception (the previous one) (Request-ID: %s)
bool(true)
int(200)
LengthException: disk full at write 2
WeChatPay\Exception\Guzzle\RequestException: GET {URL} answered 200, verified, but its body could not be written to the 'sink': its write() did not take every byte it was given (Request-ID: %s)
bool(true)
int(200)
no previous
async WeChatPay\Exception\Guzzle\RequestException <- LengthException
200
