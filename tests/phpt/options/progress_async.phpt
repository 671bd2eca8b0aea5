--TEST--
Options: 'progress' on getAsync() is called from wait() (never before: the call only starts the transfer), its last call with the totals; three concurrent calls each report to their own callable
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$calls = [];
$promise = $client->chain('v3/emulator/big/{n}')->getAsync(['n' => 200000, 'progress' => function (...$args) use (&$calls) {
    $calls[] = $args;
}]);
echo 'before wait: ', count($calls), "\n";
echo $promise->wait()->getStatusCode(), "\n";
echo 'called: ', count($calls) >= 1 ? 'yes' : 'no', ', last: ', json_encode(end($calls)), "\n";

$seen = [];
$promises = [];
foreach ([1000, 50000, 400000] as $size) {
    $promises[] = $client->chain('v3/emulator/big/{n}')->getAsync(['n' => $size, 'progress' => function ($total, $done) use (&$seen, $size) {
        $seen[$size][] = [$total, $done];
    }]);
}
foreach (WeChatPay\Promise::all($promises)->wait() as $response) {
    echo $response->getStatusCode(), ' ';
}
echo "\n";
ksort($seen);
foreach ($seen as $size => $list) {
    $last = end($list);
    $mine = array_reduce($list, fn ($ok, $c) => $ok && $c[1] <= $size && ($c[0] === 0 || $c[0] === $size), true);
    echo $size, ': only its own counters ', $mine ? 'yes' : 'no', ', last ', json_encode($last), "\n";
}
?>
--EXPECT--
before wait: 0
200
called: yes, last: [200000,200000,0,0]
200 200 200 
1000: only its own counters yes, last [1000,1000]
50000: only its own counters yes, last [50000,50000]
400000: only its own counters yes, last [400000,400000]
