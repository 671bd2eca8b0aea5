--TEST--
Unwaited: promises nobody waits on (transfers still running, answered but not yet read, finished during a sync call but never settled, promise variables unset) are cleaned up at the end of the script: no warning, leak or crash
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 8]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$running = [$client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 5000]),
    $client->chain('v3/emulator/echo')->postAsync(['json' => ['big' => str_repeat('x', 100000)]])];
$client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 5000]); // never even stored
unset($running[1]);
$quick = $client->chain('v3/emulator/echo/{n}')->getAsync(['n' => 'quick']);
usleep(300000);
// A sync call drives every transfer: the quick one finishes now, but nothing settles it.
$finishedUnsettled = $client->chain('v3/emulator/echo/{n}')->getAsync(['n' => 'finished']);
var_dump($client->chain('v3/emulator/slow/{ms}')->get(['ms' => 200])->getStatusCode());
var_dump($quick->getState(), $finishedUnsettled->getState());
echo "end of script\n";
?>
--EXPECT--
int(200)
string(7) "pending"
string(7) "pending"
end of script
