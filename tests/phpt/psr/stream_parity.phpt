--TEST--
PSR-7 streams: the response body (WeChatPay\Http\Stream) and MediaUtil's stream (WeChatPay\Util\MediaStream) answer the same calls alike (values, positions, exception classes and messages), attached, detached and closed; only __toString() and getSize() differ by design
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
declare(strict_types=1);   // the parameters declared mixed are read coercively all the same
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../mediautil/media.inc';

use Psr\Http\Message\StreamInterface;

$api = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$file = media_temp_file('photo.png', "\x89PNG bytes");
$make = [
    'response' => static fn (): StreamInterface => $api->v3->emulator->echo->get()->getBody(),
    'media' => static fn (): StreamInterface => (new WeChatPay\Util\MediaUtil($file))->getStream(),
];

/** A position as small numbers from the start, or as "size" minus or plus a few from the end. */
function at(int $pos, int $size): string
{
    return $pos <= 8 ? (string) $pos : ($pos === $size ? 'size' : sprintf('size%+d', $pos - $size));
}

/** What a call gave, in terms both streams share: positions, or which bytes of the whole a string is. */
function shown(mixed $value, string $all, ?int $before): string
{
    if (is_int($value)) {
        return at($value, strlen($all));
    }
    if (is_string($value) && $value !== '') {
        $from = $before ?? -1;
        return $from >= 0 && substr($all, $from, strlen($value)) === $value
            ? 'bytes ' . at($from, strlen($all)) . '..' . at($from + strlen($value), strlen($all))
            : 'other bytes';
    }
    return json_encode($value);
}

/** Runs every call on a fresh stream from $make, one line each. */
function run(callable $make, array $calls): array
{
    $s = $make();
    $all = $s->getContents();
    $s->rewind();
    $lines = [];
    foreach ($calls as $name => $call) {
        try {
            $before = $s->tell();
        } catch (RuntimeException) {
            $before = null;
        }
        try {
            $line = shown($call($s), $all, $before);
        } catch (Throwable $e) {
            $message = str_replace(
                ['WeChatPay\\Util\\AbstractMediaStream', 'WeChatPay\\Http\\AbstractStream', '(' . strlen($all) . ')'],
                ['<class>', '<class>', '(size)'],
                $e->getMessage()
            );
            $line = get_class($e) . ': ' . $message;
        }
        $lines[] = "$name: $line";
    }
    return $lines;
}

$reading = [
    'tell' => static fn ($s) => $s->tell(),
    'eof' => static fn ($s) => $s->eof(),
    'read(0)' => static fn ($s) => $s->read(0),
    'read(2)' => static fn ($s) => $s->read(2),
    "read('3')" => static fn ($s) => $s->read('3'),
    'read(2.0)' => static fn ($s) => $s->read(2.0),
    "seek('1', SEEK_CUR)" => static fn ($s) => $s->seek('1', SEEK_CUR),
    'tell again' => static fn ($s) => $s->tell(),
    'seek(-2, SEEK_END)' => static fn ($s) => $s->seek(-2, SEEK_END),
    'read(100)' => static fn ($s) => $s->read(100),
    'eof at the end' => static fn ($s) => $s->eof(),
    'read(1) at the end' => static fn ($s) => $s->read(1),
    'getContents() at the end' => static fn ($s) => $s->getContents(),
    'seek(3)' => static fn ($s) => $s->seek(3),
    'getContents()' => static fn ($s) => $s->getContents(),
    'seek(0, SEEK_END)' => static fn ($s) => $s->seek(0, SEEK_END),
    'seek(-1, SEEK_CUR)' => static fn ($s) => $s->seek(-1, SEEK_CUR),
    'rewind()' => static fn ($s) => $s->rewind(),
    'tell after rewind' => static fn ($s) => $s->tell(),
    'read(-1)' => static fn ($s) => $s->read(-1),
    "read('x')" => static fn ($s) => $s->read('x'),
    'read([])' => static fn ($s) => $s->read([]),
    'seek(-1)' => static fn ($s) => $s->seek(-1),
    'seek(1, SEEK_END)' => static fn ($s) => $s->seek(1, SEEK_END),
    'seek(100000)' => static fn ($s) => $s->seek(100000),
    'seek(0, 42)' => static fn ($s) => $s->seek(0, 42),
    "seek(0, 'x')" => static fn ($s) => $s->seek(0, 'x'),
    'seek(PHP_INT_MAX, SEEK_CUR)' => static fn ($s) => $s->seek(PHP_INT_MAX, SEEK_CUR),
    'seek(PHP_INT_MIN, SEEK_END)' => static fn ($s) => $s->seek(PHP_INT_MIN, SEEK_END),
    'seek(stdClass)' => static fn ($s) => $s->seek(new stdClass()),
    'tell after refusals' => static fn ($s) => $s->tell(),
    "write('x')" => static fn ($s) => $s->write('x'),
    'isReadable()' => static fn ($s) => $s->isReadable(),
    'isSeekable()' => static fn ($s) => $s->isSeekable(),
    'isWritable()' => static fn ($s) => $s->isWritable(),
    'getMetadata()' => static fn ($s) => $s->getMetadata(),
    'getMetadata(null)' => static fn ($s) => $s->getMetadata(null),
    "getMetadata('')" => static fn ($s) => $s->getMetadata(''),
    "getMetadata('0')" => static fn ($s) => $s->getMetadata('0'),
    'getMetadata(0)' => static fn ($s) => $s->getMetadata(0),
    'getMetadata(false)' => static fn ($s) => $s->getMetadata(false),
    "getMetadata('uri')" => static fn ($s) => $s->getMetadata('uri'),
    "getMetadata('seekable')" => static fn ($s) => $s->getMetadata('seekable'),
    'a clone reads on its own' => static function ($s) {
        $s->seek(1);
        $c = clone $s;
        $c->read(3);
        return [$s->tell(), $c->tell()];
    },
];
$unusable = [
    'isReadable()' => static fn ($s) => $s->isReadable(),
    'isSeekable()' => static fn ($s) => $s->isSeekable(),
    'isWritable()' => static fn ($s) => $s->isWritable(),
    'read(1)' => static fn ($s) => $s->read(1),
    'read(-1)' => static fn ($s) => $s->read(-1),
    'getContents()' => static fn ($s) => $s->getContents(),
    'tell()' => static fn ($s) => $s->tell(),
    'eof()' => static fn ($s) => $s->eof(),
    'seek(0)' => static fn ($s) => $s->seek(0),
    'seek(0, 42)' => static fn ($s) => $s->seek(0, 42),
    'rewind()' => static fn ($s) => $s->rewind(),
    "write('x')" => static fn ($s) => $s->write('x'),
    'getMetadata()' => static fn ($s) => $s->getMetadata(),
    "getMetadata('')" => static fn ($s) => $s->getMetadata(''),
    "getMetadata('uri')" => static fn ($s) => $s->getMetadata('uri'),
    '(string)' => static fn ($s) => (string) $s,
    'getSize()' => static fn ($s) => $s->getSize(),
    'detach() again' => static fn ($s) => $s->detach(),
    'close() again' => static fn ($s) => $s->close(),
];
$sequences = [
    'reading' => $reading,
    'detached' => ['detach()' => static fn ($s) => $s->detach()] + $unusable,
    'closed' => ['close()' => static fn ($s) => $s->close()] + $unusable,
];
foreach ($sequences as $title => $calls) {
    $response = run($make['response'], $calls);
    $media = run($make['media'], $calls);
    echo "-- $title\n", implode("\n", $response), "\n";
    echo $response === $media
        ? "media: the same\n"
        : "media differs:\n" . implode("\n", array_diff_assoc($media, $response)) . "\n";
}
?>
--EXPECT--
-- reading
tell: 0
eof: false
read(0): ""
read(2): bytes 0..2
read('3'): bytes 2..5
read(2.0): bytes 5..7
seek('1', SEEK_CUR): null
tell again: 8
seek(-2, SEEK_END): null
read(100): bytes size-2..size
eof at the end: true
read(1) at the end: ""
getContents() at the end: ""
seek(3): null
getContents(): bytes 3..size
seek(0, SEEK_END): null
seek(-1, SEEK_CUR): null
rewind(): null
tell after rewind: 0
read(-1): RuntimeException: <class>::read(): Argument #1 ($length) must be greater than or equal to 0
read('x'): TypeError: <class>::read(): Argument #1 ($length) must be of type int, string given
read([]): TypeError: <class>::read(): Argument #1 ($length) must be of type int, array given
seek(-1): RuntimeException: <class>::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (size), -1 given with whence SEEK_SET
seek(1, SEEK_END): RuntimeException: <class>::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (size), 1 given with whence SEEK_END
seek(100000): RuntimeException: <class>::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (size), 100000 given with whence SEEK_SET
seek(0, 42): RuntimeException: <class>::seek(): Argument #2 ($whence) must be one of SEEK_SET, SEEK_CUR or SEEK_END
seek(0, 'x'): TypeError: <class>::seek(): Argument #2 ($whence) must be of type int, string given
seek(PHP_INT_MAX, SEEK_CUR): RuntimeException: <class>::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (size), 9223372036854775807 given with whence SEEK_CUR
seek(PHP_INT_MIN, SEEK_END): RuntimeException: <class>::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (size), -9223372036854775808 given with whence SEEK_END
seek(stdClass): TypeError: <class>::seek(): Argument #1 ($offset) must be of type int, stdClass given
tell after refusals: 0
write('x'): RuntimeException: Cannot write to a non-writable stream
isReadable(): true
isSeekable(): true
isWritable(): false
getMetadata(): []
getMetadata(null): []
getMetadata(''): []
getMetadata('0'): []
getMetadata(0): []
getMetadata(false): []
getMetadata('uri'): null
getMetadata('seekable'): null
a clone reads on its own: [1,4]
media: the same
-- detached
detach(): null
isReadable(): false
isSeekable(): false
isWritable(): false
read(1): RuntimeException: Stream is detached
read(-1): RuntimeException: Stream is detached
getContents(): RuntimeException: Stream is detached
tell(): RuntimeException: Stream is detached
eof(): RuntimeException: Stream is detached
seek(0): RuntimeException: Stream is detached
seek(0, 42): RuntimeException: Stream is detached
rewind(): RuntimeException: Stream is detached
write('x'): RuntimeException: Stream is detached
getMetadata(): []
getMetadata(''): []
getMetadata('uri'): null
(string): ""
getSize(): null
detach() again: null
close() again: null
media: the same
-- closed
close(): null
isReadable(): false
isSeekable(): false
isWritable(): false
read(1): RuntimeException: Stream is detached
read(-1): RuntimeException: Stream is detached
getContents(): RuntimeException: Stream is detached
tell(): RuntimeException: Stream is detached
eof(): RuntimeException: Stream is detached
seek(0): RuntimeException: Stream is detached
seek(0, 42): RuntimeException: Stream is detached
rewind(): RuntimeException: Stream is detached
write('x'): RuntimeException: Stream is detached
getMetadata(): []
getMetadata(''): []
getMetadata('uri'): null
(string): ""
getSize(): null
detach() again: null
close() again: null
media: the same
