--TEST--
Callbacks are resolved once, when then() stores them, in the scope of the code that called then() (as array_map() or spl_autoload_register() resolve theirs): 'Cls::method' given in an instance method runs on that $this, which the reaction keeps alive; [$this, 'privateMethod'] and 'self::method' given inside the class work (its deprecation shows once, at then()); an object reachable only through the reaction (or through a reference the app nulls later) lives until the reaction ran; a non-callable is a TypeError at then()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

final class Owner
{
    public function __construct(private string $name) {}
    public function __destruct() { echo "  {$this->name} destroyed\n"; }
    public function byClassString(Promise $p): Promise { return $p->then('Owner::onValue'); }
    public function byPrivate(Promise $p): Promise { return $p->then([$this, 'hidden']); }
    public function bySelf(Promise $p): Promise { return $p->then('self::onStatic'); }
    public function onValue($v) { echo "  {$this->name} got $v\n"; }
    private function hidden($v) { echo "  {$this->name} hidden got $v\n"; }
    public static function onStatic($v) { echo "  static got $v\n"; }
}

function run(string $label, Promise $source, Promise $result): void
{
    echo "$label:\n";
    $source->resolve('v');
    $result->wait();
    echo "  wait() returned\n";
}

$p = new Promise();
run("'Owner::onValue' given in an instance method", $p, (new Owner('a'))->byClassString($p));
$p = new Promise();
run("[\$this, 'hidden'] given inside the class", $p, (new Owner('b'))->byPrivate($p));
$p = new Promise();
run("'self::onStatic' given inside the class (deprecated once, at then())", $p, (new Owner('c'))->bySelf($p));
$p = new Promise();
run('[new Owner, method]', $p, $p->then([new Owner('d'), 'onValue']));

$p = new Promise();
$callback = [new Owner('e'), 'onValue'];
$ref = &$callback[0];
$q = $p->then($callback);
$ref = null; // the array the reaction holds changes with it: the resolved $this is what counts
unset($callback, $ref);
run('an array whose object the app nulls through a reference', $p, $q);

foreach (['nope', [new stdClass(), 'missing'], 42] as $notCallable) {
    try {
        (new Promise())->then($notCallable);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    (new Promise())->otherwise('nope');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "end\n";
?>
--EXPECTF--
'Owner::onValue' given in an instance method:
  a got v
  a destroyed
  wait() returned
[$this, 'hidden'] given inside the class:
  b hidden got v
  b destroyed
  wait() returned

Deprecated: Use of "self" in callables is deprecated in %s on line %d
  c destroyed
'self::onStatic' given inside the class (deprecated once, at then()):
  static got v
  wait() returned
[new Owner, method]:
  d got v
  d destroyed
  wait() returned
an array whose object the app nulls through a reference:
  e got v
  e destroyed
  wait() returned
TypeError: WeChatPay\Promise::then(): Argument #1 ($onFulfilled) must be a valid callback or null, function "nope" not found or invalid function name
TypeError: WeChatPay\Promise::then(): Argument #1 ($onFulfilled) must be a valid callback or null, class stdClass does not have a method "missing"
TypeError: WeChatPay\Promise::then(): Argument #1 ($onFulfilled) must be a valid callback or null, no array or string given
TypeError: WeChatPay\Promise::otherwise(): Argument #1 ($onRejected) must be a valid callback, function "nope" not found or invalid function name
end
