--TEST--
fork() with wechatpay.crypto_threads=2: calls the parent's worker threads are signing are rejected in the child and never sent by it, the child starts worker threads of its own for its calls, and the parent's calls are sent once each and verified
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$config = "{$emu['state_dir']}/fork-config.json";
wxp_pool_config_write($config, $emu, $emu['base_uri'], null);
// A php of its own (not under valgrind, and without this test's shutdown functions in the child).
[$code, $out, $err] = wxp_run_php(__DIR__ . '/../../inc/threads_fork.php', [$config], 120.0,
    ['extension' => wxp_pool_extension_path(), 'wechatpay.crypto_threads' => 2]);
echo $out, $err, "exit $code\n";
$received = [];
foreach (wxp_emulator_requests($emu) as $r) {
    $who = json_decode($r['body'], true)['who'] ?? '?';
    $received[$who] = ($received[$who] ?? 0) + 1;
}
ksort($received);
echo json_encode($received), "\n";
?>
--EXPECT--
parent warm-up: fulfilled warm-up
child waits on the parent's first: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child waits on the parent's second: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child waits on the parent's third: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child own call: fulfilled child 0
child own call: fulfilled child 1
child own call: fulfilled child 2
child own call: fulfilled child 3
child sync call: child sync
child exited 0
parent first: fulfilled first
parent second: fulfilled second
parent third: fulfilled third
exit 0
{"child 0":1,"child 1":1,"child 2":1,"child 3":1,"child sync":1,"first":1,"second":1,"third":1,"warm-up":1}
