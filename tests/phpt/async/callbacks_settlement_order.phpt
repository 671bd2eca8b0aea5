--TEST--
Async: callbacks run in the order the promises settle (slow/1200, slow/100, slow/600 started in that order report 100, 600, 1200), and only while something waits
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
$node = $client->chain('v3/emulator/slow/{ms}');

// One emulator per call: a php -S process may serve two connections one after the other, which would
// change the order the answers come in.
$own = [1200 => wxp_emulator_start(), 100 => wxp_emulator_start(), 600 => wxp_emulator_start()];
$order = [];
$promises = [];
foreach ([1200, 100, 600] as $ms) {
    $promises[$ms] = $node->getAsync(['ms' => $ms, 'base_uri' => $own[$ms]['base_uri']])
        ->then(static function ($response) use (&$order) {
            $order[] = json_decode((string) $response->getBody(), true)['slept'];
        });
}
var_dump($order); // no callback runs at call time
$promises[1200]->wait();
foreach ($promises as $promise) {
    $promise->wait();
}
var_dump($order);

// A promise that settles while nothing waits: its callback runs at the next wait, not before.
$ran = [];
$quick = $client->chain('v3/emulator/echo')->getAsync()->then(static function () use (&$ran) { $ran[] = 'quick'; });
usleep(300000);
var_dump($ran);
$quick->wait();
var_dump($ran);

// The same for promises settled by hand: reactions run in settlement order, each promise's in then() order.
$log = [];
$a = new WeChatPay\Promise();
$b = new WeChatPay\Promise();
$a->then(static function () use (&$log) { $log[] = 'a1'; });
$b->then(static function () use (&$log) { $log[] = 'b1'; });
$a->then(static function () use (&$log) { $log[] = 'a2'; });
$b->resolve(null);
$a->resolve(null);
var_dump($log);
$a->wait();
echo implode(' ', $log), "\n";
?>
--EXPECT--
array(0) {
}
array(3) {
  [0]=>
  int(100)
  [1]=>
  int(600)
  [2]=>
  int(1200)
}
array(0) {
}
array(1) {
  [0]=>
  string(5) "quick"
}
array(0) {
}
b1 a1 a2
