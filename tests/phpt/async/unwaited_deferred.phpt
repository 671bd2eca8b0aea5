--TEST--
Unwaited: pending new Promise() objects (with then()/otherwise() chains, held in an object, an array and a settled promise's value, one with callbacks queued on a settled promise) are cleaned up at the end of the script: no warning, leak or crash
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$big = str_repeat('z', 1 << 16);
$pending = new Promise();
$pending->then(static fn($v) => $v . $big)->otherwise(static fn($e) => null)->then(static fn() => 'never');
$holder = new stdClass();
$holder->promise = new Promise();
$holder->promise->then(static fn() => $big);
$list = [new Promise(), new Promise()];
$list[1]->otherwise(static fn() => 'never');
$settled = new Promise();
$settled->resolve(['still pending inside' => new Promise()]);
$settled->then(static fn($v) => $v); // queued; nothing waits
echo "end of script\n";
?>
--EXPECT--
end of script
