--TEST--
Promise: a rejection reason that is not a Throwable (string, int, array, object, null) is thrown by wait() wrapped in RejectionException, getReason() giving it back as is
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;
use WeChatPay\Exception\RejectionException;

$object = new stdClass();
foreach (['a string', 42, ['k' => 'v'], $object, null, false] as $reason) {
    $p = new Promise();
    $p->reject($reason);
    try {
        $p->wait();
        echo "no throw\n";
    } catch (RejectionException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        var_dump($e instanceof RuntimeException, $e instanceof WeChatPay\Exception\WeChatPayException);
        var_dump($e->getReason() === $reason);
    }
}
// A callback's non-Throwable reason travels down the chain the same way.
$p = new Promise();
$q = $p->then(static fn() => 'x')->then(static fn() => 'y');
$p->reject(['code' => 'E1']);
try {
    $q->wait();
} catch (RejectionException $e) {
    var_dump($e->getReason());
}
?>
--EXPECT--
WeChatPay\Exception\Own\RejectionException: The promise was rejected with reason: a string
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Own\RejectionException: The promise was rejected with reason: 42
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Own\RejectionException: The promise was rejected with a reason of type array
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Own\RejectionException: The promise was rejected with a reason of type stdClass
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Own\RejectionException: The promise was rejected with a reason of type null
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Own\RejectionException: The promise was rejected with a reason of type bool
bool(true)
bool(true)
bool(true)
array(1) {
  ["code"]=>
  string(2) "E1"
}
