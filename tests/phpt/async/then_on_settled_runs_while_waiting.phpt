--TEST--
Promise: then() on an already-settled promise does not run its callback at once, only once something waits (on it, or on any promise)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$p = new Promise();
$p->resolve('v');
$q = $p->then(static function ($v) { echo "callback($v)\n"; return "$v!"; });
echo "then() returned\n";
var_dump($q->getState());
var_dump($q->wait());

$r = new Promise();
$r->reject(new Exception('r'));
$s = $r->otherwise(static function ($e) { echo "otherwise(", $e->getMessage(), ")\n"; });
echo "otherwise() returned\n";
// Waiting on an unrelated promise runs what is queued too.
$other = new Promise();
$other->resolve(0);
$other->wait();
echo "after waiting on another promise\n";
var_dump($s->getState());
?>
--EXPECT--
then() returned
string(7) "pending"
callback(v)
string(2) "v!"
otherwise() returned
otherwise(r)
after waiting on another promise
string(9) "fulfilled"
