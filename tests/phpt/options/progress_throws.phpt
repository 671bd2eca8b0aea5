--TEST--
Options: what a 'progress' callable throws fails the call with that very exception: a sync verb throws it, an async promise is rejected with it (at the transfer's end, or mid-transfer, which aborts it: no more calls); other calls, and later calls on the same client, are not affected
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$thrown = new LogicException('from progress');
$calls = 0;
$downloaded = null;
$throw = function ($total, $done) use ($thrown, &$calls, &$downloaded) { $calls++; $downloaded = $done; throw $thrown; };

try {
    $client->chain('v3/emulator/echo')->get(['progress' => $throw]);
} catch (Throwable $e) {
    echo 'sync: ', get_class($e), ' same: ', var_export($e === $thrown, true), ' calls: ', $calls, "\n";
}
$calls = 0;
try {
    $client->chain('v3/emulator/big/{n}')->get(['n' => 8000000, 'query' => ['stream' => '1'], 'progress' => $throw]);
} catch (Throwable $e) {
    echo 'sync mid-transfer: same: ', var_export($e === $thrown, true), ' calls: ', $calls, ' partial: ',
        var_export($downloaded > 0 && $downloaded < 8000000, true), "\n";
}
$calls = 0;
$client->chain('v3/emulator/echo')->getAsync(['progress' => $throw])
    ->then(null, function ($reason) use ($thrown) { echo 'async rejected, same: ', var_export($reason === $thrown, true), "\n"; })
    ->wait();
$calls = 0;
$stats = null;
$aborted = $client->chain('v3/emulator/big/{n}')->getAsync(['n' => 8000000, 'query' => ['stream' => '1'], 'progress' => $throw,
    'on_stats' => function ($s) use (&$stats) { $stats = $s->hasResponse() ? 'a response' : 'no response'; }]);
$other = $client->chain('v3/emulator/big/{n}')->getAsync(['n' => 100000, 'progress' => function () {}]);
try {
    $aborted->wait();
} catch (Throwable $e) {
    echo 'async mid-transfer wait() throws it: ', var_export($e === $thrown, true), ' calls: ', $calls, ' on_stats: ', $stats, "\n";
}
echo 'state: ', $aborted->getState(), ', the other: ', $other->wait()->getStatusCode(), "\n";
echo 'later call: ', $client->chain('v3/emulator/echo')->get(['progress' => function () {}])->getStatusCode(), "\n";
?>
--EXPECT--
sync: LogicException same: true calls: 1
sync mid-transfer: same: true calls: 1 partial: true
async rejected, same: true
async mid-transfer wait() throws it: true calls: 1 on_stats: no response
state: rejected, the other: 200
later call: 200
