--TEST--
PSR-7 stream: read-only, seekable body; __toString() is all of it, getContents() the rest, read()/seek()/tell()/eof()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$s = $i->v3->emulator->echo->get()->getBody();
$all = (string) $s;
$n = strlen($all);

function t(callable $f): void
{
    try {
        $v = $f();
        echo var_export($v, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', preg_replace('/\d{2,}/', 'N', $e->getMessage()), "\n";
    }
}
var_dump($s->getSize() === $n, $s->isReadable(), $s->isSeekable(), $s->isWritable());
// __toString() read all of it, so the position is now the end, as with Guzzle.
var_dump($s->tell() === $n, $s->eof(), $s->getContents(), $s->read(10));

$s->rewind();
var_dump($s->tell(), $s->eof(), $s->read(0));
var_dump($s->read(2), $s->tell());
var_dump($s->getContents() === substr($all, 2), $s->eof());
// __toString() starts from the beginning whatever the position.
var_dump((string) $s === $all);

$s->seek(3);
var_dump($s->read(2) === substr($all, 3, 2), $s->tell());
$s->seek(-1, SEEK_END);
var_dump($s->read(100), $s->eof());
$s->seek(-3, SEEK_CUR);
var_dump($s->tell() === $n - 3);
$s->seek(0, SEEK_END);
var_dump($s->eof(), $s->read(1));
$s->seek($n);      // the end itself is a valid position

echo "-- refused\n";
t(fn () => $s->seek($n + 1));
t(fn () => $s->seek(-1));
t(fn () => $s->seek(1, SEEK_END));
t(fn () => $s->seek(PHP_INT_MAX, SEEK_CUR));
t(fn () => $s->seek(PHP_INT_MIN, SEEK_END));
t(fn () => $s->seek(0, 42));
t(fn () => $s->read(-1));
t(fn () => $s->read('x'));
t(fn () => $s->write('x'));
var_dump($s->tell() === $n);

echo "-- metadata\n";
var_dump($s->getMetadata(), $s->getMetadata('uri'), $s->getMetadata('seekable'));

// A clone reads on its own.
$s->rewind();
$c = clone $s;
$c->read(5);
var_dump($s->tell(), $c->tell());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
string(0) ""
string(0) ""
int(0)
bool(false)
string(0) ""
string(2) "{""
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
int(5)
string(1) "}"
bool(true)
bool(true)
bool(true)
string(0) ""
-- refused
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (N), N given with whence SEEK_SET
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (N), -1 given with whence SEEK_SET
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (N), 1 given with whence SEEK_END
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (N), N given with whence SEEK_CUR
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (N), -N given with whence SEEK_END
RuntimeException: WeChatPay\Http\AbstractStream::seek(): Argument #2 ($whence) must be one of SEEK_SET, SEEK_CUR or SEEK_END
RuntimeException: WeChatPay\Http\AbstractStream::read(): Argument #1 ($length) must be greater than or equal to 0
TypeError: WeChatPay\Http\AbstractStream::read(): Argument #1 ($length) must be of type int, string given
RuntimeException: Cannot write to a non-writable stream
bool(true)
-- metadata
array(0) {
}
NULL
NULL
int(0)
int(5)
