--TEST--
Promise: new WeChatPay\Promise() is settled by resolve()/reject(); resolve() or reject() again on a settled promise throws LogicException and changes nothing
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$p = new Promise();
var_dump($p->getState());
$p->resolve('first');
var_dump($p->getState(), $p->wait());

$q = new Promise();
$q->reject(new Exception('no'));
var_dump($q->getState());

foreach (['fulfilled' => $p, 'rejected' => $q] as $name => $settled) {
    foreach (['resolve', 'reject'] as $method) {
        try {
            $settled->$method('again');
            echo "$name $method: no exception\n";
        } catch (LogicException $e) {
            echo "$name $method: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
var_dump($p->getState(), $p->wait(), $q->getState());
try {
    $q->wait();
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
string(7) "pending"
string(9) "fulfilled"
string(5) "first"
string(8) "rejected"
fulfilled resolve: LogicException: The promise is already fulfilled
fulfilled reject: LogicException: The promise is already fulfilled
rejected resolve: LogicException: The promise is already rejected
rejected reject: LogicException: The promise is already rejected
string(9) "fulfilled"
string(5) "first"
string(8) "rejected"
no
