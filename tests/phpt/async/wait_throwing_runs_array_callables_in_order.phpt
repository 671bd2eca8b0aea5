--TEST--
Promise: callbacks given as [$object, 'resolve'] / [$object, 'reject'] (an app's own deferred, not a Guzzle promise following the waited one) run in settlement order like any other callback before a wait() throws
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
final class Recorder
{
    public array $log = [];
    public function resolve($value): void { $this->log[] = "resolve($value)"; }
    public function reject($reason): void { $this->log[] = 'reject(' . $reason->getMessage() . ')'; }
    public function note($value): void { $this->log[] = "note($value)"; }
}

$recorder = new Recorder();
$other = new WeChatPay\Promise();
$other->then([$recorder, 'resolve']);
$other->then([$recorder, 'note']);
$other->resolve('x');
$failing = new WeChatPay\Promise();
$failing->then(null, [$recorder, 'reject']);
$failing->reject(new RuntimeException('no'));
try {
    $failing->wait();
} catch (RuntimeException $e) {
    $recorder->log[] = 'wait() threw';
}
print_r($recorder->log);
?>
--EXPECT--
Array
(
    [0] => resolve(x)
    [1] => note(x)
    [2] => reject(no)
    [3] => wait() threw
)
