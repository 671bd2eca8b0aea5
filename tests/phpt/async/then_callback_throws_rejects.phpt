--TEST--
Promise: an exception thrown in a callback rejects then()'s promise with it (onFulfilled and onRejected alike); onRejected returning a value fulfils the next one
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$thrown = new RuntimeException('from onFulfilled');
$p = new Promise();
$q = $p->then(static function () use ($thrown) { throw $thrown; });
$r = $q->then(static fn() => 'not called', static function ($reason) use ($thrown) {
    var_dump($reason === $thrown);
    throw new LogicException('from onRejected', 7, $reason);
});
$s = $r->then(null, static fn(Throwable $e) => 'recovered from ' . $e->getMessage());
$p->resolve('go');
var_dump($s->wait());
var_dump($q->getState(), $r->getState(), $s->getState());
try {
    $q->wait();
} catch (RuntimeException $e) {
    var_dump($e === $thrown);
}
try {
    $r->wait();
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' ', $e->getCode(), ' ', $e->getPrevious() === $thrown ? 'previous kept' : 'previous lost', "\n";
}
// An Error thrown in a callback rejects too.
$e = (new Promise());
$f = $e->then(static fn($v) => $v->method());
$e->resolve(null);
try {
    $f->wait();
} catch (Error $err) {
    echo get_class($err), ': ', $err->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
string(30) "recovered from from onRejected"
string(8) "rejected"
string(8) "rejected"
string(9) "fulfilled"
bool(true)
LogicException: from onRejected 7 previous kept
Error: Call to a member function method() on null
