--TEST--
wechatpay.crypto_threads=2: exit() in the fifth callback of a batch of 40 async calls ends the script with calls still being signed, sent and verified: no callback runs after it, shutdown functions run, and the jobs still out are discarded at request shutdown without leaks
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=2
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 8]));

register_shutdown_function(static function () { echo "shutdown function\n"; });
$settled = 0;
$promises = [];
for ($i = 0; $i < 40; $i++) {
    $promises[] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i]])
        ->then(static function ($response) use (&$settled) {
            if (++$settled === 5) {
                echo "fifth callback: ", $response->getStatusCode(), ", exiting\n";
                exit(0);
            }
            if ($settled > 5) {
                echo "callback after exit: must not run\n";
            }
        });
}
$promises[39]->wait();
echo "end of script: must not run\n";
?>
--EXPECT--
fifth callback: 200, exiting
shutdown function
