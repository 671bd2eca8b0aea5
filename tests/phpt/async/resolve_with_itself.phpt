--TEST--
Promise: resolving a promise with itself (resolve($p), or a callback returning then()'s own promise) rejects it with TypeError
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$p = new Promise();
try {
    $p->resolve($p);
} catch (Throwable $e) {
    echo "resolve() threw ", get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($p->getState());
try {
    $p->wait();
    echo "no throw\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$source = new Promise();
$self = $source->then(static function () use (&$self) { return $self; });
$source->resolve(1);
try {
    $self->wait();
    echo "no throw\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($self->getState());

// The TypeError's trace refers to the promise (resolve()'s argument): the cycle is collectable.
$refs = [WeakReference::create($p), WeakReference::create($self), WeakReference::create($source)];
unset($p, $self, $source, $e);
gc_collect_cycles();
var_dump(array_map(static fn(WeakReference $r) => $r->get(), $refs));
?>
--EXPECT--
string(8) "rejected"
TypeError: A promise cannot be resolved with itself
TypeError: A promise cannot be resolved with itself
string(8) "rejected"
array(3) {
  [0]=>
  NULL
  [1]=>
  NULL
  [2]=>
  NULL
}
