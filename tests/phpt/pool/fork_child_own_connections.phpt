--TEST--
Pool: a child of pcntl_fork() never uses or shuts down the connections it copied from its parent: it opens its own, answers never cross, and the parent's kept-alive connection survives the child's exit
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed');
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$front = wxp_nginx_front_start($emu, ['tls' => true, 'access_log' => true]);
$config = "{$emu['state_dir']}/fork-config.json";
wxp_pool_config_write($config, $emu, $front['base_uri'], $front['ca']);
// A php of its own (not under valgrind, and without this test's shutdown functions in the child).
[$code, $out, $err] = wxp_run_php(__DIR__ . '/../../inc/pool_fork.php', [$config], 120.0,
    ['extension' => wxp_pool_extension_path()]);
echo $out, $err, "exit $code\n";

$log = wxp_nginx_access_log_wait($front, 4); // nginx logs a request after answering it: wait for all four lines
$perConnection = [];
foreach ($log as $entry) {
    $perConnection[$entry['connection']] = ($perConnection[$entry['connection']] ?? 0) + 1;
}
echo 'requests on each connection, in order: ', implode(' ', $perConnection), "\n";
?>
--EXPECT--
parent before fork: status 200, reused false, answer is mine true, pool opened 1
child: status 200, reused false, answer is mine true, pool opened 1
child again: status 200, reused true, answer is mine true, pool opened 1
child exited 0
parent after fork: status 200, reused true, answer is mine true, pool opened 1
exit 0
requests on each connection, in order: 2 2
