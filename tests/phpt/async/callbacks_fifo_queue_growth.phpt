--TEST--
Promise: queued callbacks run first in, first out, also when a callback settles many more promises while the queue is part-way through (the queue grows while its head has moved)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

$log = [];
$late = [];
for ($j = 0; $j < 40; $j++) {
    $late[$j] = new Promise();
    $late[$j]->then(static function () use (&$log, $j) { $log[] = "L$j"; });
}
$first = [];
for ($i = 0; $i < 10; $i++) {
    $first[$i] = new Promise();
    $first[$i]->then(static function () use (&$log, $i, $late) {
        $log[] = "F$i";
        if ($i === 1) {
            foreach ($late as $promise) {
                $promise->resolve(null);
            }
        }
    });
}
foreach ($first as $promise) {
    $promise->resolve(null);
}
$first[0]->wait();
echo implode(' ', $log), "\n";
?>
--EXPECT--
F0 F1 F2 F3 F4 F5 F6 F7 F8 F9 L0 L1 L2 L3 L4 L5 L6 L7 L8 L9 L10 L11 L12 L13 L14 L15 L16 L17 L18 L19 L20 L21 L22 L23 L24 L25 L26 L27 L28 L29 L30 L31 L32 L33 L34 L35 L36 L37 L38 L39
