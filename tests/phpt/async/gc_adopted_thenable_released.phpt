--TEST--
GC: a Guzzle promise our promise adopted is released once both have settled and the script drops them (not kept until the end of the request): adopting in a loop does not grow memory
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
use WeChatPay\Promise;

// Already settled (Create::promiseFor), settled through its wait function, settled by a callback of ours.
$settled = GuzzleHttp\Promise\Create::promiseFor('settled');
$withWait = new GuzzleHttp\Promise\Promise(static function () use (&$withWait) { $withWait->resolve('waited'); });
$byCallback = new GuzzleHttp\Promise\Promise();
$p = new Promise();
$a = $p->then(static fn() => $settled);
$b = $p->then(static fn() => $withWait);
$c = $p->then(static fn() => $byCallback);
$p->then(static function () use ($byCallback) { $byCallback->resolve('by callback'); });
$p->resolve(null);
var_dump(Promise::all([$a, $b, $c])->wait());
$refs = [WeakReference::create($settled), WeakReference::create($withWait), WeakReference::create($byCallback)];
unset($settled, $withWait, $byCallback, $p, $a, $b, $c);
gc_collect_cycles();
var_dump(array_map(static fn(WeakReference $r) => $r->get() === null ? 'released' : 'alive', $refs));

function round_trip(): void
{
    $p = new Promise();
    $q = $p->then(static fn() => GuzzleHttp\Promise\Create::promiseFor(str_repeat('x', 1000)));
    $p->resolve(0);
    $q->wait();
}
round_trip();
gc_collect_cycles();
$before = memory_get_usage();
for ($i = 0; $i < 2000; $i++) {
    round_trip();
}
gc_collect_cycles();
$growth = memory_get_usage() - $before;
var_dump($growth < 100000);
if ($growth >= 100000) {
    echo "grew by $growth bytes over 2000 adoptions\n";
}
?>
--EXPECT--
array(3) {
  [0]=>
  string(7) "settled"
  [1]=>
  string(6) "waited"
  [2]=>
  string(11) "by callback"
}
array(3) {
  [0]=>
  string(8) "released"
  [1]=>
  string(8) "released"
  [2]=>
  string(8) "released"
}
bool(true)
