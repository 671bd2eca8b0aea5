--TEST--
Options: exit() in a 'progress' callable ends the script as anywhere else (sync call mid-transfer): nothing after it runs (not even finally, as with exit() anywhere), shutdown functions do, nothing leaks
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$pending = $client->chain('v3/emulator/big/{n}')->getAsync(['n' => 8000000, 'query' => ['stream' => '1'], 'progress' => function () {}]);
register_shutdown_function(function () { echo "shutdown function\n"; });
try {
    $client->chain('v3/emulator/big/{n}')->get(['n' => 8000000, 'query' => ['stream' => '1'], 'progress' => function () {
        echo "exiting\n";
        exit(0);
    }]);
} finally {
    echo "finally does not run\n";
}
echo "not reached\n";
?>
--EXPECT--
exiting
shutdown function
