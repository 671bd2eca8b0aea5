--TEST--
Async: a callback may wait on other promises (HTTP ones, new Promise() settled by another callback, a promise already settled), nested several deep, without deadlock or mixing up results
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 8]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');
$slept = static fn($response): int => json_decode((string) $response->getBody(), true)['slept'];

$a = $slow->getAsync(['ms' => 300]);
$b = $slow->getAsync(['ms' => 200]);
$deferred = new WeChatPay\Promise();
$b->then(static function ($r) use ($deferred, $slept) { $deferred->resolve('deferred after ' . $slept($r)); });

$outer = $slow->getAsync(['ms' => 50])->then(static function ($r) use ($a, $slow, $slept, $deferred) {
    $inner = $slow->getAsync(['ms' => 100])->then(static function ($r2) use ($a, $slept) {
        // Two levels deep: wait on a transfer started before anything waited.
        return 'inner ' . $slept($r2) . ' + a ' . $slept($a->wait());
    });
    return ['outer ' . $slept($r), $inner->wait(), $deferred->wait(), $a->wait()->getStatusCode()];
});
var_dump($outer->wait());
var_dump($slept($b->wait()), $slept($a->wait()), $deferred->getState());

// Waiting inside a callback on the promise whose settlement is being delivered.
$p = new WeChatPay\Promise();
$q = $p->then(static fn($v) => $p->wait() . " and $v");
$p->resolve('self');
var_dump($q->wait());
?>
--EXPECT--
array(4) {
  [0]=>
  string(8) "outer 50"
  [1]=>
  string(17) "inner 100 + a 300"
  [2]=>
  string(18) "deferred after 200"
  [3]=>
  int(200)
}
int(200)
int(300)
string(9) "fulfilled"
string(13) "self and self"
