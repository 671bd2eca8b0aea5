--TEST--
GC: cycles through promise internals are collected by gc_collect_cycles(): an object holding a promise whose callback holds the object, an adopted promise calling back its adopter, Promise::all() inputs referring to the aggregate, a rejection reason holding the promise
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

function check(string $what, array $refs): void
{
    $before = count(array_filter($refs, static fn(WeakReference $r) => $r->get() !== null));
    $status = gc_status()['collected'];
    gc_collect_cycles();
    $after = count(array_filter($refs, static fn(WeakReference $r) => $r->get() !== null));
    printf("%s: %d alive before, %d after, gc_status collected more: %s\n", $what, $before, $after,
        var_export(gc_status()['collected'] > $status, true));
}

// Object <-> promise callback.
$holder = new stdClass();
$holder->promise = new Promise();
$holder->promise->then(static function () use ($holder) { return $holder; });
$refs = [WeakReference::create($holder), WeakReference::create($holder->promise)];
unset($holder);
check('object/callback', $refs);

// Adoption: $a follows $b, $b's callback holds $a.
$a = new Promise();
$b = new Promise();
$a->resolve($b);
$b->then(static function () use ($a) { return $a; });
$refs = [WeakReference::create($a), WeakReference::create($b)];
unset($a, $b);
check('adoption', $refs);

// Promise::all(): an input's callback holds the aggregate.
$in = new Promise();
$all = Promise::all(['in' => $in, 'other' => new Promise()]);
$in->then(static function () use ($all) { return $all; });
$refs = [WeakReference::create($in), WeakReference::create($all)];
unset($in, $all);
check('all', $refs);

// Settled: the reason refers back to the promise.
$r = new Promise();
$reason = new ArrayObject();
$reason['promise'] = $r;
$r->reject($reason);
$refs = [WeakReference::create($r), WeakReference::create($reason)];
unset($r, $reason);
check('reason', $refs);

// Settled by value: the value refers back.
$f = new Promise();
$value = new stdClass();
$value->self = $f;
$f->resolve($value);
$f->wait();
$refs = [WeakReference::create($f), WeakReference::create($value)];
unset($f, $value);
check('value', $refs);
?>
--EXPECT--
object/callback: 2 alive before, 0 after, gc_status collected more: true
adoption: 2 alive before, 0 after, gc_status collected more: true
all: 2 alive before, 0 after, gc_status collected more: true
reason: 2 alive before, 0 after, gc_status collected more: true
value: 2 alive before, 0 after, gc_status collected more: true
