--TEST--
Options: a fatal error in a 'progress' callable (while an async call's transfer runs, another pending) ends the script; the loop's copy of the callable and both calls are released at request shutdown (shutdown functions run)
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
$client = WeChatPay\Builder::factory(wxp_config($emu));
$streamed = ['n' => 8000000, 'query' => ['stream' => '1']];
register_shutdown_function(static function () { echo "shutdown function\n"; });
$other = $client->chain('v3/emulator/big/{n}')->getAsync($streamed + ['progress' => function () {}]);
// [$closure, '__invoke'] is called through a copy of its trampoline, which only the loop's shutdown frees.
$p = $client->chain('v3/emulator/big/{n}')->getAsync($streamed + ['progress' => [function () use (&$p) {
    trigger_error('fatal in progress', E_USER_ERROR);
}, '__invoke']]);
$p->wait();
echo "not reached\n";
?>
--EXPECTF--
Fatal error: fatal in progress in %s on line %d
shutdown function
