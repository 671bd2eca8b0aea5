--TEST--
Async: all transfers share one engine: 8 calls to slow/300 started together complete in well under 8 x 300 ms, whichever promise is waited on
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 16]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)

$start = microtime(true);
$promises = [];
for ($i = 0; $i < 8; $i++) {
    $promises[] = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 300]);
}
// Signing is slow under valgrind: the overlap is judged on the waiting alone, which one-at-a-time transfers
// would make at least 8 x 300 ms.
$created = microtime(true);
// Waiting on the last one only: it moves the other seven along with it.
$last = end($promises)->wait();
var_dump(json_decode((string) $last->getBody(), true));
foreach ($promises as $promise) {
    $promise->wait();
}
$elapsed = microtime(true) - $created;
var_dump(array_map(static fn(WeChatPay\Promise $p): string => $p->getState(), $promises) === array_fill(0, 8, 'fulfilled'));
var_dump(microtime(true) - $start >= 0.3);
var_dump($elapsed < 1.5);
if ($elapsed >= 1.5) {
    echo "took $elapsed s\n";
}
?>
--EXPECT--
array(1) {
  ["slept"]=>
  int(300)
}
bool(true)
bool(true)
bool(true)
