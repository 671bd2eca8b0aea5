--TEST--
Promise: resolve() or reject() by hand on a Promise::all()/settle() result settles it with that value, lets go of its inputs (no leak), and the inputs settling later change nothing
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Promise;

$a = new Promise();
$b = new Promise();
$all = Promise::all(['a' => $a, 'b' => $b]);
$all->resolve('by hand');
$a->resolve(1);
$b->reject(new RuntimeException('late rejection'));
var_dump($all->wait());

$c = new Promise();
$settle = Promise::settle([$c]);
$settle->reject(new RuntimeException('rejected by hand'));
$c->resolve(2);
try {
    $settle->wait();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
// An aggregate resolved by hand with a promise follows that promise, not its inputs.
$d = new Promise();
$other = new Promise();
$follows = Promise::all([$d]);
$follows->resolve($other);
$d->resolve('input');
$other->resolve('the other');
var_dump($follows->wait());
?>
--EXPECT--
string(7) "by hand"
rejected by hand
string(9) "the other"
