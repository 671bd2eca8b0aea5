--TEST--
MediaUtil::setMeta(): replaces the meta (the package's test flow) and returns its length; null brings back the default; the stream follows
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';

$file = media_temp_file('photo.jpg', 'jpeg bytes');
$media = new MediaUtil($file);
$stream = $media->getStream();
['filename' => $filename, 'sha256' => $digest] = json_decode($media->getMeta(), true);
var_dump($filename === basename($file), $digest === hash('sha256', 'jpeg bytes'));

$meta = json_encode(['filename' => $filename, 'sha256' => $digest, 'bank_type' => 'LQT']);
var_dump($media->setMeta($meta) === strlen($meta));
var_dump($media->getMeta() === $meta, (string) $stream === $meta, (string) $media->getStream() === $meta);
var_dump(json_decode((string) $stream, true)['bank_type']);
// The multipart body carries the new meta.
var_dump(str_contains($stream->getContents(), "name=\"meta\"\r\n\r\n$meta\r\n"));

// Any string, even one that is no JSON (the package does not check it either); '' too.
var_dump($media->setMeta('{"file_name":"a.jpg","file_digest":"x"}'), $media->getMeta());
var_dump($media->setMeta(''), $media->getMeta());
var_dump($media->setMeta(null), $media->getMeta() === json_encode(['filename' => $filename, 'sha256' => $digest]));
var_dump($media->setMeta(json: '{}'), $media->getMeta());
var_dump($media->setMeta(), json_decode($media->getMeta(), true)['sha256'] === $digest);

// A shorter meta shrinks the body under the stream: its position moves back to the new end; a longer one
// leaves it where it is.
$stream->rewind();
$media->setMeta('{"a":1}');
$end = strlen($stream->getContents());
$media->setMeta('{}');
var_dump($stream->tell() === $end - 5, $stream->eof(), $stream->read(1));
$media->setMeta('{"abc":12345}');
var_dump($stream->tell() === $end - 5, $stream->eof(), strlen($stream->getContents()));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "LQT"
bool(true)
int(39)
string(39) "{"file_name":"a.jpg","file_digest":"x"}"
int(0)
string(0) ""
int(100)
bool(true)
int(2)
string(2) "{}"
int(100)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(true)
bool(false)
int(11)
