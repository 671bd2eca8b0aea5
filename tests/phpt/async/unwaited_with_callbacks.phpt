--TEST--
Unwaited: HTTP promises nobody waits on with then()/otherwise() chains attached (closures holding the client and big values; one finished during a sync call, one cancelled) are cleaned up at the end of the script: no callback runs, no warning, leak or crash
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 8]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$big = str_repeat('y', 1 << 20);
$slow = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 5000]);
$chained = $slow->then(static function ($r) use ($client, $big) {
    echo "callback: must not run\n";
    return $client->chain('v3/emulator/echo')->getAsync();
})->otherwise(static fn($e) => $big);
$client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => 1]])
    ->then(static fn($r) => print("callback: must not run\n"));
$fast = $client->chain('v3/emulator/echo')->getAsync();
$fast->then(static fn($r) => print("callback: must not run\n"));
$cancelled = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 5000]);
$cancelled->otherwise(static fn($e) => print("callback: must not run\n"));
$cancelled->cancel();
usleep(200000);
var_dump($client->chain('v3/emulator/echo')->get()->getStatusCode()); // drives them: finished, not settled
echo "end of script\n";
?>
--EXPECT--
int(200)
end of script
