--TEST--
Exit: exit() inside a then() callback ends the script there (shutdown functions run, nothing after the wait() runs), with HTTP transfers still in flight and cleaned up
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$slowEmu = wxp_emulator_start(); // the 5 s call's own: no php -S process serves the quick one after it
$client = WeChatPay\Builder::factory(wxp_config($emu));

register_shutdown_function(static function () { echo "shutdown function\n"; });
$slow = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 5000, 'base_uri' => $slowEmu['base_uri']]);
$slow->then(static fn() => print("slow callback: must not run\n"));
$next = $client->chain('v3/emulator/echo')->getAsync()
    ->then(static function ($response) {
        echo "callback: ", $response->getStatusCode(), ", exiting\n";
        exit(0);
    })
    ->then(static fn() => print("next callback: must not run\n"), static fn($e) => print("onRejected: must not run\n"));
try {
    $next->wait();
    echo "after wait: must not run\n";
} catch (Throwable $e) {
    echo "caught: ", get_class($e), ": ", $e->getMessage(), "\n";
}
echo "end of script: must not run\n";
?>
--EXPECT--
callback: 200, exiting
shutdown function
