--TEST--
MediaUtil with a file stream (Guzzle's): read whole for the digest and the body, the stream's position kept; a stream that cannot seek is read from where it is
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
use GuzzleHttp\Psr7\LazyOpenStream;
use GuzzleHttp\Psr7\NoSeekStream;
use GuzzleHttp\Psr7\Utils;
use WeChatPay\Util\MediaUtil;

require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
require_once __DIR__ . '/media.inc';

// The package's own data:// case: $filepath only names the file.
$data = 'R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
$media = new MediaUtil('transparent.gif', new LazyOpenStream("data://image/gif;base64,$data", 'rb'));
['filename' => $filename, 'sha256' => $digest] = json_decode($media->getMeta(), true);
var_dump($filename, $digest === hash('sha256', base64_decode($data)));
$body = $media->getStream()->getContents();
var_dump(str_contains($body, "filename=\"transparent.gif\"\r\nContent-Length: 37\r\nContent-Type: image/gif\r\n\r\n" . base64_decode($data) . "\r\n"));

// A seekable stream part-read: the digest covers all of it, and its position is put back.
$stream = Utils::streamFor('0123456789');
$stream->seek(4);
$media = new MediaUtil('digits.png', $stream);
var_dump(json_decode($media->getMeta(), true)['sha256'] === hash('sha256', '0123456789'), $stream->tell());

// Not seekable: what is left of it, and no Content-Length when it cannot tell its size.
$inner = Utils::streamFor('abcdef');
$inner->read(2);
$media = new MediaUtil('x.bmp', new NoSeekStream($inner));
var_dump(json_decode($media->getMeta(), true)['sha256'] === hash('sha256', 'cdef'));
var_dump(str_contains($media->getStream()->getContents(), "filename=\"x.bmp\"\r\nContent-Length: 6\r\nContent-Type: image/bmp\r\n\r\ncdef\r\n"));
$pump = new GuzzleHttp\Psr7\PumpStream(static function () { static $n = 0; return $n++ < 3 ? 'ab' : false; });
$media = new MediaUtil('pump.png', $pump);
var_dump(str_contains($media->getStream()->getContents(), "filename=\"pump.png\"\r\nContent-Type: image/png\r\n\r\nababab\r\n"));

// With no base name, the stream's own uri names the file part, as Guzzle's MultipartStream does.
$file = media_temp_file('photo.jpg', 'jpg');
$media = new MediaUtil('', new LazyOpenStream($file, 'rb'));
var_dump(json_decode($media->getMeta(), true)['filename'], str_contains($media->getStream()->getContents(), 'filename="' . basename($file) . '"'));
?>
--EXPECT--
string(15) "transparent.gif"
bool(true)
bool(true)
bool(true)
int(4)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
