--TEST--
PSR-7 response and stream: made only by the extension (no new, no unserialize); clone is allowed
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
        $v = $f();
        echo 'ok ', is_object($v) ? get_class($v) : var_export($v, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
t(fn () => new WeChatPay\Http\Response());
t(fn () => new WeChatPay\Http\Stream());
t(fn () => new WeChatPay\Http\AbstractResponse());
t(fn () => serialize($r));
t(fn () => serialize($r->getBody()));
t(fn () => unserialize('O:23:"WeChatPay\Http\Response":0:{}'));
t(fn () => clone $r);
t(fn () => clone $r->getBody());
// Made behind the constructor's back, an object is a valid empty 200 response / empty body.
$x = (new ReflectionClass($r))->newInstanceWithoutConstructor();
var_dump($x->getStatusCode(), $x->getReasonPhrase(), $x->getProtocolVersion(), $x->getHeaders(), (string) $x->getBody(),
    $x->getBody() === $x->getBody(), get_class($x->getBody()));
$y = (new ReflectionClass($r->getBody()))->newInstanceWithoutConstructor();
var_dump($y->getSize(), $y->read(5), $y->eof());

// The bridge classes are final (extending one is a compile-time fatal error).
var_dump((new ReflectionClass($r))->isFinal(), (new ReflectionClass($r->getBody()))->isFinal());
?>
--EXPECT--
Error: Call to private WeChatPay\Http\AbstractResponse::__construct() from global scope
Error: Call to private WeChatPay\Http\AbstractStream::__construct() from global scope
Error: Cannot instantiate abstract class WeChatPay\Http\AbstractResponse
Exception: Serialization of 'WeChatPay\Http\Response' is not allowed
Exception: Serialization of 'WeChatPay\Http\Stream' is not allowed
Exception: Unserialization of 'WeChatPay\Http\Response' is not allowed
ok WeChatPay\Http\Response
ok WeChatPay\Http\Stream
int(200)
string(2) "OK"
string(3) "1.1"
array(0) {
}
string(0) ""
bool(true)
string(21) "WeChatPay\Http\Stream"
int(0)
string(0) ""
bool(true)
bool(true)
bool(true)
