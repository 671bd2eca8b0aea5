--TEST--
PSR-7 stream: detach() returns null and close() likewise leave the stream unusable
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

function t(callable $f): void
{
    try {
        echo var_export($f(), true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
function probe(Psr\Http\Message\StreamInterface $s): void
{
    var_dump($s->getSize(), $s->isReadable(), $s->isSeekable(), $s->isWritable(), (string) $s, $s->getMetadata(),
        $s->getMetadata('uri'));
    t(fn () => $s->read(1));
    t(fn () => $s->getContents());
    t(fn () => $s->tell());
    t(fn () => $s->eof());
    t(fn () => $s->seek(0));
    t(fn () => $s->rewind());
    t(fn () => $s->write('x'));
}

$s = $r->getBody();
$s->read(3);
var_dump($s->detach());
probe($s);
var_dump($s->detach());   // again: still null, still fine

echo "-- close\n";
$s2 = $i->v3->emulator->echo->get()->getBody();
$s2->close();
probe($s2);
$s2->close();

// The response still hands out the same, now unusable, body.
var_dump($r->getBody() === $s);
?>
--EXPECT--
NULL
NULL
bool(false)
bool(false)
bool(false)
string(0) ""
array(0) {
}
NULL
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
NULL
-- close
NULL
bool(false)
bool(false)
bool(false)
string(0) ""
array(0) {
}
NULL
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
RuntimeException: Stream is detached
bool(true)
