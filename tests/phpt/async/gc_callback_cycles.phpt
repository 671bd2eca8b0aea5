--TEST--
GC: cycles through a stored callback's resolution are collected by gc_collect_cycles(), whatever the kind of callable: an object holding the promise whose callback is 'Cls::method' given in its instance method (only the resolved $this refers back), [$obj, 'viaMagicCall'] answered by __call, an invokable object, $obj->method(...), [$closure, '__invoke']
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

final class Holder
{
    public ?Promise $promise = null;
    public ?Promise $next = null;
    public function attachByClassString(): void { $this->next = $this->promise->then('Holder::method'); }
    public function method($v) { return $v; }
    public function __call($name, $args) { return $args[0]; }
    public function __invoke($v) { return $v; }
}

function check(string $what, Holder $holder, callable $attach): void
{
    $holder->promise = new Promise();
    $attach($holder);
    $refs = [WeakReference::create($holder), WeakReference::create($holder->promise)];
    unset($holder);
    $before = count(array_filter($refs, static fn(WeakReference $r) => $r->get() !== null));
    gc_collect_cycles();
    $after = count(array_filter($refs, static fn(WeakReference $r) => $r->get() !== null));
    printf("%s: %d alive before, %d after\n", $what, $before, $after);
}

check("'Cls::method' given in an instance method", new Holder(), static fn(Holder $h) => $h->attachByClassString());
check('[$obj, viaMagicCall]', new Holder(), static function (Holder $h) { $h->promise->then([$h, 'viaMagicCall']); });
check('invokable', new Holder(), static function (Holder $h) { $h->promise->then($h); });
check('$obj->method(...)', new Holder(), static function (Holder $h) { $h->promise->then($h->method(...)); });
check('[$closure, __invoke]', new Holder(), static function (Holder $h) {
    $closure = static fn($v) => $h;
    $h->promise->then(null, [$closure, '__invoke']);
});
?>
--EXPECT--
'Cls::method' given in an instance method: 2 alive before, 0 after
[$obj, viaMagicCall]: 2 alive before, 0 after
invokable: 2 alive before, 0 after
$obj->method(...): 2 alive before, 0 after
[$closure, __invoke]: 2 alive before, 0 after
