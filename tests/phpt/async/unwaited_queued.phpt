--TEST--
Unwaited: calls still queued behind their client's max_connections when the script ends (some with callbacks, one cancelled) are dropped with no request sent for them, and no warning, leak or crash
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
// Two emulators, calls alternating between them: the two that start each have a server process to
// themselves (one php -S process may take a second connection and serve it only after the first).
$emus = [wxp_emulator_start(), wxp_emulator_start()];
$emu = $emus[0];
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 2]));

$promises = [];
for ($i = 0; $i < 6; $i++) {
    $promises[] = $client->chain('v3/emulator/slow/{ms}')->postAsync(['ms' => 3000, 'json' => ['i' => $i],
        'base_uri' => $emus[$i % 2]['base_uri']]);
}
$promises[3]->then(static fn($r) => $r)->otherwise(static fn($e) => null);
$promises[4]->cancel();
unset($promises[5]);
$sent = static fn(): int => count(wxp_emulator_requests($emus[0])) + count(wxp_emulator_requests($emus[1]));
for ($i = 0; $i < 30 && $sent() < 2; $i++) {
    usleep(100000);
}
usleep(300000);
var_dump($sent());
echo "end of script\n";
?>
--EXPECT--
int(2)
end of script
