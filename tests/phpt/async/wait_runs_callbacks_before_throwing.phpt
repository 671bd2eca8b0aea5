--TEST--
Promise: a wait() that throws the rejection has first run the callbacks queued meanwhile (the rejected promise's own otherwise(), and others'), as Guzzle's wait() runs its task queue before throwing
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$log = [];
$failing = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404]);
$failing->otherwise(static function (Throwable $e) use (&$log) { $log[] = 'otherwise: ' . $e->getStatusCode(); });
$other = new WeChatPay\Promise();
$other->then(static function ($v) use (&$log) { $log[] = "other: $v"; });
$other->resolve('settled before the wait');
try {
    $failing->wait();
} catch (WeChatPay\Exception\ClientException $e) {
    $log[] = 'wait() threw ' . $e->getStatusCode();
}
var_dump($log);

// The same with a promise rejected by hand.
$log = [];
$p = new WeChatPay\Promise();
$p->then(null, static function ($reason) use (&$log) { $log[] = "onRejected: $reason"; });
$p->reject('by hand');
try {
    $p->wait();
} catch (WeChatPay\Exception\RejectionException $e) {
    $log[] = 'wait() threw';
}
var_dump($log);
?>
--EXPECT--
array(3) {
  [0]=>
  string(30) "other: settled before the wait"
  [1]=>
  string(14) "otherwise: 404"
  [2]=>
  string(16) "wait() threw 404"
}
array(2) {
  [0]=>
  string(19) "onRejected: by hand"
  [1]=>
  string(12) "wait() threw"
}
