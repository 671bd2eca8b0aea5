--TEST--
Promise: then() returns a new pending promise, resolved with what the callback returns; a missing callback passes the value (or reason) on
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$p = new Promise();
$q = $p->then(static fn($v) => $v + 1);
var_dump($q instanceof Promise, $q !== $p, $q->getState());
$r = $q->then(static fn($v) => $v * 10);
$s = $r->then();                          // no callback: the value passes through
$t = $s->then(null, static fn($e) => 'not called');
$u = $t->then(static function ($v) { echo "got $v, returns nothing\n"; });
$p->resolve(1);
var_dump($q->getState());                 // nothing waits: the callback has not run yet
var_dump($u->wait());
var_dump($p->wait(), $q->wait(), $r->wait(), $s->wait(), $t->wait());

// A rejection passes through then() without onRejected.
$p = new Promise();
$q = $p->then(static fn($v) => 'not called')->then(null, null);
$p->reject(new DomainException('down'));
try {
    $q->wait();
} catch (DomainException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
string(7) "pending"
string(7) "pending"
got 20, returns nothing
NULL
int(1)
int(2)
int(20)
int(20)
int(20)
DomainException: down
