--TEST--
MediaUtil: the stream outlives its MediaUtil; clones share the file, meta and stream (the package's clone is shallow); no cycles are left
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';

$file = media_temp_file('photo.png', 'png');
$media = new MediaUtil($file);
$meta = $media->getMeta();
$stream = $media->getStream();
unset($media);
var_dump((string) $stream === $meta, str_contains($stream->getContents(), "\r\n\r\npng\r\n"));

$a = new MediaUtil($file);
$b = clone $a;
$b->setMeta('{"shared":true}');
var_dump($a->getMeta(), $a->getContentType() === $b->getContentType());
$c = new MediaUtil($file);
$c->getStream();
$d = clone $c;
var_dump($c->getStream() === $d->getStream());
var_dump(var_export($c->getStream(), true) !== '');
try {
    serialize($a);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
try {
    serialize($c->getStream());
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
unset($a, $b, $c, $d, $stream);
var_dump(gc_collect_cycles());
?>
--EXPECT--
bool(true)
bool(true)
string(15) "{"shared":true}"
bool(true)
bool(true)
bool(true)
Serialization of 'WeChatPay\Util\MediaUtil' is not allowed
Serialization of 'WeChatPay\Util\MediaStream' is not allowed
int(0)
