--TEST--
Options: a 'progress' callable may do anything: cancel its own promise (mid-transfer, or then throw: the cancellation wins), wait() on another promise or on its own, make a sync call; a call left pending at the end of the script is freed with its callable
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$big = $client->chain('v3/emulator/big/{n}');
$streamed = ['n' => 8000000, 'query' => ['stream' => '1']];
// The promise is named, not passed: an exception whose trace held it as an argument would make a cycle
// (promise, its reason, the trace) that valgrind reports lost at shutdown, with or without 'progress'.
function outcome(string $name): string
{
    try {
        return 'fulfilled ' . $GLOBALS[$name]->wait()->getStatusCode();
    } catch (Throwable $e) {
        return 'rejected ' . get_class($e);
    }
}

$calls = 0;
$p = $big->getAsync($streamed + ['progress' => function () use (&$p, &$calls) { $calls++; $p->cancel(); }]);
echo 'cancels itself: ', outcome('p'), ', calls: ', $calls, "\n";

$calls = 0;
$p = $big->getAsync($streamed + ['progress' => function () use (&$p, &$calls) { $calls++; $p->cancel(); throw new LogicException('after cancel'); }]);
echo 'cancels itself, then throws: ', outcome('p'), ', calls: ', $calls, "\n";

$other = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 200]);
$waited = null;
$last = null;
$p = $big->getAsync(['n' => 300000, 'progress' => function ($total, $done) use ($other, &$waited, &$last) {
    // recorded before waiting: the transfer may end during the wait, and its last call (the totals) is then
    // made from inside it, before this outer call returns
    $last = [$total, $done];
    $waited ??= $other->wait()->getStatusCode();
}]);
echo 'waits on another: ', outcome('p'), ', the other: ', $waited, ', last: ', json_encode($last), "\n";

$last = null;
$depth = 0;
$p = $big->getAsync($streamed + ['progress' => function ($total, $done) use (&$p, &$last, &$depth) {
    $last = [$total, $done];
    if ($depth++ === 0) {
        $p->wait();
    }
}]);
echo 'waits on itself: ', outcome('p'), ', last: ', json_encode($last), "\n";

$inner = null;
$r = $big->get(['n' => 300000, 'progress' => function () use ($client, &$inner) {
    $inner ??= $client->chain('v3/emulator/echo')->get(['progress' => function () {}])->getStatusCode();
}]);
echo 'sync call inside a sync call: ', $r->getStatusCode(), ', inner: ', $inner, "\n";

$p = $big->getAsync($streamed + ['progress' => function () use (&$p) {}]);
$q = $big->getAsync($streamed + ['progress' => function () use (&$q) { throw new LogicException('never seen'); }]);
echo "end of script with two calls pending\n";
?>
--EXPECT--
cancels itself: rejected WeChatPay\Exception\Own\CancellationException, calls: 1
cancels itself, then throws: rejected WeChatPay\Exception\Own\CancellationException, calls: 1
waits on another: fulfilled 200, the other: 200, last: [300000,300000]
waits on itself: fulfilled 200, last: [0,8000000]
sync call inside a sync call: 200, inner: 200
end of script with two calls pending
