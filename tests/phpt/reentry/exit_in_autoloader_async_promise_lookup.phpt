--TEST--
Re-entry: exit() in the autoloader run while the first promise of a request looks up GuzzleHttp\Promise\PromiseInterface (the first async call) ends the script there (shutdown functions run; nothing after, no callback)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu));
register_shutdown_function(static function () { echo "shutdown function\n"; });
spl_autoload_register(static function (string $class) {
    echo "autoload $class: exit\n";
    exit(3);
});
$slow = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 3000]);
$promise = $api->chain('v3/emulator/echo')->getAsync();
$promise->then(static fn() => print("callback: must not run\n"), static fn() => print("onRejected: must not run\n"));
try {
    $promise->wait();
    echo "after wait: must not run\n";
} catch (Throwable $e) {
    echo "caught: must not run: ", get_class($e), "\n";
}
echo "end of script: must not run\n";
?>
--EXPECT--
autoload GuzzleHttp\Promise\PromiseInterface: exit
shutdown function
