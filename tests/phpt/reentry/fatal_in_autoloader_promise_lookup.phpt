--TEST--
Re-entry: a fatal error in the autoloader run while the first promise of a request looks up GuzzleHttp\Promise\PromiseInterface ends the script as PHP does, the transfer in flight released at shutdown
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
// After a fatal error PHP frees nothing it allocated (it drops the Zend heap whole): without that allocator
// (run-tests -m) valgrind reports PHP's own compiled code and objects as lost, whatever the extension does.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip a fatal error leaks PHP\'s own memory without the Zend allocator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu));
register_shutdown_function(static function () { echo "shutdown function\n"; });
spl_autoload_register(static function (string $class) {
    echo "autoload $class: fatal\n";
    trigger_error('the autoloader gives up', E_USER_ERROR);
});
$slow = $api->chain('v3/emulator/slow/{ms}')->postAsync(['ms' => 3000, 'json' => ['a' => 1]]);
$promise = $api->chain('v3/emulator/echo')->getAsync()->then(static fn() => print("callback: must not run\n"));
$promise->wait();
echo "end of script: must not run\n";
?>
--EXPECTF--
autoload GuzzleHttp\Promise\PromiseInterface: fatal

Fatal error: the autoloader gives up in %s on line %d
shutdown function
