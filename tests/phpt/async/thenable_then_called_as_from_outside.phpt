--TEST--
Promise: a foreign thenable's then() is called as `$thenable->then()` in a method of WeChatPay\Promise would call it: its throw rejects the adopter; a private then() goes to __call when there is one, else it is an Error that rejects the adopter
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

class Throwing { public function then($ok, $ko) { throw new DomainException('then() threw'); } }
class Hidden { private function then($ok, $ko) { $ok('private then() ran'); } }
class Magic
{
    private function then($ok, $ko) { $ok('private then() ran'); }
    public function __call($name, $args) { $args[0]("__call($name) ran"); }
}

foreach ([new Throwing(), new Hidden(), new Magic()] as $thenable) {
    $p = new Promise();
    $p->resolve($thenable);
    try {
        $outcome = $p->wait();
    } catch (Throwable $e) {
        $outcome = get_class($e) . ': ' . $e->getMessage();
    }
    echo get_class($thenable), ': ', $outcome, "\n";
}
// What then() threw keeps its arguments in its trace: [$p, 'resolve'] refers back to the promise it rejected.
unset($p, $e, $thenable);
gc_collect_cycles();
?>
--EXPECT--
Throwing: DomainException: then() threw
Hidden: Error: Call to private method Hidden::then() from scope WeChatPay\Promise
Magic: __call(then) ran
