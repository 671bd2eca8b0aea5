--TEST--
fork(): calls queued behind max_connections in the parent are never sent by the child (not even when it cancels one of them), the child's own calls on the same client run, and the parent's three POSTs reach the server once each
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
[$code, $out, $err] = wxp_run_php(__DIR__ . '/../../inc/fork_queued.php', [$config], 120.0,
    ['extension' => wxp_pool_extension_path()]);
echo $out, $err, "exit $code\n";
$received = [];
foreach (wxp_emulator_requests($emu) as $r) {
    $who = json_decode($r['body'], true)['who'] ?? '?';
    $received[$who] = ($received[$who] ?? 0) + 1;
}
ksort($received);
var_dump($received);
?>
--EXPECT--
child own call: fulfilled child
child sync call: child sync
child waits on the parent's first: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child waits on the parent's second: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child waits on the parent's third: WeChatPay\Exception\Own\RejectionException: The call was started before fork(): its connection and request belong to the parent process, so the child does not continue it
child exited 0
parent first: fulfilled
parent second: fulfilled
parent third: fulfilled
exit 0
array(5) {
  ["child"]=>
  int(1)
  ["child sync"]=>
  int(1)
  ["first"]=>
  int(1)
  ["second"]=>
  int(1)
  ["third"]=>
  int(1)
}
