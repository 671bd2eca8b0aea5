--TEST--
Guzzle interop: against guzzlehttp/promises 2.x's PromiseInterface (return types on then(), otherwise(), resolve()...), our promises are typed too, and then()/otherwise() return the typed class
--EXTENSIONS--
wechatpay
--FILE--
<?php
namespace GuzzleHttp\Promise {
    // guzzlehttp/promises 2.x's interface, as its PromiseInterface.php declares it (docblocks left out).
    interface PromiseInterface
    {
        public const PENDING = 'pending';
        public const FULFILLED = 'fulfilled';
        public const REJECTED = 'rejected';
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): PromiseInterface;
        public function otherwise(callable $onRejected): PromiseInterface;
        public function getState(): string;
        public function resolve($value): void;
        public function reject($reason): void;
        public function cancel(): void;
        public function wait(bool $unwrap = true);
    }
}
namespace App {
    use GuzzleHttp\Promise\PromiseInterface;

    function twice(PromiseInterface $promise): PromiseInterface
    {
        return $promise->then(static fn($v) => $v * 2);
    }

    $p = new \WeChatPay\Promise();
    $q = twice($p)->otherwise(static fn() => 0);
    $p->resolve(21);
    var_dump(get_class($p), get_class($q), $q->wait());
    $method = new \ReflectionMethod($p, 'then');
    echo $method->class, '::then(): ', $method->getReturnType(), "\n";
    $r = new \WeChatPay\Promise();
    $r->reject(new \RuntimeException('no'));
    var_dump($r->wait(false), $r->otherwise(static fn($e) => $e->getMessage())->wait(), $r->getState());
}
?>
--EXPECT--
string(31) "WeChatPay\Promise\GuzzlePromise"
string(31) "WeChatPay\Promise\GuzzlePromise"
int(42)
WeChatPay\Promise\GuzzlePromise::then(): static
NULL
string(2) "no"
string(8) "rejected"
