--TEST--
Promise::all() and Promise::settle() accept a Traversable (a generator, an ArrayIterator), keys kept
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');
$slept = static fn($r): int => json_decode((string) $r->getBody(), true)['slept'];

$calls = static function () use ($slow, $slept) {
    yield 'first' => $slow->getAsync(['ms' => 200])->then($slept);
    yield 'second' => $slow->getAsync(['ms' => 20])->then($slept);
    yield 5 => 'plain';
};
var_dump(WeChatPay\Promise::all($calls())->wait());

$settled = WeChatPay\Promise::settle((static function () use ($client) {
    yield $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 429]);
    yield 'x' => 42;
})())->wait();
var_dump($settled[0]['state'], get_class($settled[0]['reason']), $settled['x']);

$p = new WeChatPay\Promise();
$p->resolve('iter');
var_dump(WeChatPay\Promise::all(new ArrayIterator(['k' => $p]))->wait());
?>
--EXPECT--
array(3) {
  ["first"]=>
  int(200)
  ["second"]=>
  int(20)
  [5]=>
  string(5) "plain"
}
string(8) "rejected"
string(39) "WeChatPay\Exception\Own\ClientException"
array(2) {
  ["state"]=>
  string(9) "fulfilled"
  ["value"]=>
  int(42)
}
array(1) {
  ["k"]=>
  string(4) "iter"
}
