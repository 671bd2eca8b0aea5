--TEST--
Callbacks: every kind of callable then()/otherwise() take (closure, function name, 'Cls::method', [$obj, 'method'], [$obj, 'viaMagicCall'] answered by __call, 'Cls::viaMagicStatic' answered by __callStatic, [$closure, '__invoke'], an invokable object, strlen(...), $obj->method(...)) runs on fulfilment and on rejection, twice each, with other __call trampolines made between then() and the run
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

final class Target
{
    public static function stat($v) { return "stat($v)"; }
    public function method($v) { return "method($v)"; }
    public function __call($name, $args) { return "__call $name(" . $args[0] . ")"; }
    public static function __callStatic($name, $args) { return "__callStatic $name(" . $args[0] . ")"; }
    public function __invoke($v) { return "__invoke($v)"; }
}

function plain($v) { return "plain($v)"; }

$target = new Target();
$closure = static fn($v) => "closure($v)";
$kinds = [
    'closure' => $closure,
    'function name' => 'plain',
    'Cls::method' => 'Target::stat',
    '[$obj, method]' => [$target, 'method'],
    '[$obj, viaMagicCall]' => [$target, 'viaMagicCall'],
    'Cls::viaMagicStatic' => 'Target::viaMagicStatic',
    '[$closure, __invoke]' => [$closure, '__invoke'],
    'invokable' => $target,
    'strlen(...)' => strlen(...),
    '$obj->method(...)' => $target->method(...),
];

foreach ($kinds as $kind => $callback) {
    $fulfilled = new Promise();
    $rejected = new Promise();
    // Twice each: two stored reactions of the same callable, and on the rejection path, then() given two
    // trampolines at once and otherwise().
    $twice = $fulfilled->then($callback)->then($callback);
    $both = $rejected->then([$target, 'notThisOne'], $callback);
    $other = $rejected->otherwise($callback);
    // Trampolines made meanwhile (the engine reuses one for each __call) change nothing stored.
    $target->somethingElse('x');
    Target::somethingStatic('y');
    $fulfilled->resolve('v');
    $rejected->reject('r');
    printf("%-22s %s | %s | %s\n", $kind, $twice->wait(), $both->wait(), $other->wait());
}
?>
--EXPECT--
closure                closure(closure(v)) | closure(r) | closure(r)
function name          plain(plain(v)) | plain(r) | plain(r)
Cls::method            stat(stat(v)) | stat(r) | stat(r)
[$obj, method]         method(method(v)) | method(r) | method(r)
[$obj, viaMagicCall]   __call viaMagicCall(__call viaMagicCall(v)) | __call viaMagicCall(r) | __call viaMagicCall(r)
Cls::viaMagicStatic    __callStatic viaMagicStatic(__callStatic viaMagicStatic(v)) | __callStatic viaMagicStatic(r) | __callStatic viaMagicStatic(r)
[$closure, __invoke]   closure(closure(v)) | closure(r) | closure(r)
invokable              __invoke(__invoke(v)) | __invoke(r) | __invoke(r)
strlen(...)            1 | 1 | 1
$obj->method(...)      method(method(v)) | method(r) | method(r)
