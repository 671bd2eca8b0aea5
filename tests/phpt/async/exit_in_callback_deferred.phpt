--TEST--
Exit: exit() inside a then() callback of a new Promise() ends the script at once, even when wait(false) is used and more callbacks are queued
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
register_shutdown_function(static function () { echo "shutdown function\n"; });
$p = new WeChatPay\Promise();
$q = $p->then(static function ($v) { echo "callback($v), exiting\n"; exit(0); });
$p->then(static fn() => print("second callback: must not run\n"));
$p->resolve('x');
var_dump($q->wait(false));
echo "end of script: must not run\n";
?>
--EXPECT--
callback(x), exiting
shutdown function
