--TEST--
Re-entry: exit() in the autoloader run while a sync call's first response is made ends the script there (shutdown functions run, nothing after the call)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
register_shutdown_function(static function () { echo "shutdown function\n"; });
spl_autoload_register(static function (string $class) {
    echo "autoload $class: exit\n";
    exit(0);
});
try {
    $api->chain('v3/emulator/echo')->get();
    echo "after the call: must not run\n";
} catch (Throwable $e) {
    echo "caught: must not run: ", get_class($e), "\n";
}
echo "end of script: must not run\n";
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface: exit
shutdown function
