--TEST--
MediaUtil::getStream(): one PSR-7 stream per MediaUtil whose string form is the meta and whose bytes are the multipart body, as Guzzle's MultipartStream lays it out
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';

$bytes = "\x89PNG\r\n\x1a\n\0binary\r\n--";
$file = media_temp_file('photo.png', $bytes);
$media = new MediaUtil($file);
$stream = $media->getStream();
var_dump(get_class($stream), $stream instanceof Psr\Http\Message\StreamInterface, $stream === $media->getStream());
var_dump((string) $stream === $media->getMeta(), $stream->getSize(), $stream->tell());

$boundary = substr($media->getContentType(), strlen('multipart/form-data; boundary='));
$name = basename($file);
$expected = "--$boundary\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n"
    . $media->getMeta() . "\r\n"
    . "--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"$name\"\r\nContent-Length: "
    . strlen($bytes) . "\r\nContent-Type: image/png\r\n\r\n$bytes\r\n--$boundary--\r\n";
$body = $stream->getContents();
var_dump($body === $expected, $stream->eof(), $stream->tell() === strlen($expected), $stream->getContents());
// Casting to string gives the meta and does not move the position.
var_dump((string) $stream === $media->getMeta(), $stream->tell() === strlen($expected));

$stream->rewind();
var_dump($stream->read(2), $stream->tell(), $stream->eof());
$stream->seek(-4, SEEK_END);
var_dump($stream->read(100), $stream->eof());
$stream->seek(2);
$stream->seek(3, SEEK_CUR);
var_dump($stream->tell(), $stream->isSeekable(), $stream->isReadable(), $stream->isWritable());
var_dump($stream->getMetadata(), $stream->getMetadata('uri'));
foreach ([static fn () => $stream->write('x'), static fn () => $stream->seek(-1), static fn () => $stream->read(-1)] as $call) {
    try {
        $call();
    } catch (RuntimeException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// Closed: reading fails, the string form stays the meta's (casting must not throw), nothing is kept.
$stream->close();
var_dump($stream->isReadable(), (string) $stream);
try {
    $stream->read(1);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
try {
    new WeChatPay\Util\MediaStream();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
string(26) "WeChatPay\Util\MediaStream"
bool(true)
bool(true)
bool(true)
NULL
int(0)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
string(2) "--"
int(2)
bool(false)
string(4) "--
"
bool(true)
int(5)
bool(true)
bool(true)
bool(false)
array(0) {
}
NULL
RuntimeException: Cannot write to a non-writable stream
RuntimeException: WeChatPay\Util\AbstractMediaStream::seek(): Argument #1 ($offset) must lead to a position between 0 and the size of the stream (%d), -1 given with whence SEEK_SET
RuntimeException: WeChatPay\Util\AbstractMediaStream::read(): Argument #1 ($length) must be greater than or equal to 0
bool(false)
string(0) ""
Stream is detached
Call to private WeChatPay\Util\AbstractMediaStream::__construct() from global scope
