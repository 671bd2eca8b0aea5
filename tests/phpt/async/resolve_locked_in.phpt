--TEST--
Promise: resolve() or reject() on a promise already resolved with another of our promises throws LogicException (it is locked in to follow it, as Guzzle's is) and leaks nothing; a promise following a foreign thenable is still settled by the thenable's resolve()
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Promise;

$followed = new Promise();
$follower = new Promise();
$follower->resolve($followed);
foreach (['resolve' => 'another value', 'reject' => new RuntimeException('no')] as $method => $arg) {
    try {
        $follower->$method($arg);
    } catch (LogicException $e) {
        echo "$method: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $follower->resolve(new Promise()); // would have leaked the first one it followed
} catch (LogicException $e) {
    echo "resolve(promise): ", $e->getMessage(), "\n";
}
$followed->resolve('the followed value');
var_dump($follower->wait());

// A foreign thenable settles its follower through resolve(): first with another thenable, then a value.
final class Thenable
{
    public array $callbacks = [];
    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): self
    {
        $this->callbacks[] = [$onFulfilled, $onRejected];
        return $this;
    }
}
$first = new Thenable();
$second = new Thenable();
$p = new Promise();
$p->resolve($first);
$first->callbacks[0][0]($second);   // the first thenable hands over the second: followed instead, not leaked
$second->callbacks[0][0]('settled by the second thenable');
var_dump($p->wait());
try {
    $p->resolve('late');
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
resolve: LogicException: The promise is already resolved with another promise, which it follows: it cannot be resolved or rejected again
reject: LogicException: The promise is already resolved with another promise, which it follows: it cannot be resolved or rejected again
resolve(promise): The promise is already resolved with another promise, which it follows: it cannot be resolved or rejected again
string(18) "the followed value"
string(30) "settled by the second thenable"
The promise is already fulfilled
