--TEST--
bin/wechatpay-emulator: --help, bad options, the PHP snippet; stops with exit 0 and nothing left on SIGINT, on end of stdin (--stdin) and when its server dies
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$bin = dirname(__DIR__, 3) . '/bin/wechatpay-emulator';
$env = wxp_child_env(['USE_ZEND_ALLOC' => null, 'ZEND_DONT_UNLOAD_MODULES' => null]);
[$code, $out] = wxp_run_php($bin, ['--help']);
echo "--help: $code, ", strtok($out, "\n"), "\n";
[$code, , $err] = wxp_run_php($bin, ['--port=x']);
echo "--port=x: $code\n";
[$code, , $err] = wxp_run_php($bin, ['--keys=/nonexistent']);
echo "--keys=/nonexistent: $code ", trim($err), "\n";

/** The server processes' pids, found by the state dir in their environment (not the supervisor's). */
function server_pids(string $dir): array
{
    $pids = [];
    foreach (glob('/proc/[0-9]*') as $d) {
        $cmd = (string) @file_get_contents("$d/cmdline");
        if (str_contains($cmd, "\0-S\0") && !str_contains($cmd, 'supervisor.php') && str_contains((string) @file_get_contents("$d/environ"), "WXP_EMU_STATE_DIR=$dir/state\0")) {
            $pids[] = (int) basename($d);
        }
    }
    return $pids;
}
$gone = fn (array $emu) => var_export(!wxp_product_listening($emu['port']) && !file_exists($emu['dir']) && server_pids($emu['dir']) === [], true);

echo "-- the PHP snippet\n";
$proc = proc_open([wxp_php_binary(), '-n', $bin, '--workers=0'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
$php = '';
while (!str_contains($php, "]);\n") && ($line = fgets($pipes[1])) !== false) {
    $php .= $line;
}
echo preg_replace(["~'[0-9A-F]{16}'~", "~/tmp/wechatpay-emulator-[^/]+~", "~'[0-9A-Za-z]{32}'~", '~127\.0\.0\.1:\d+~'],
    ["'SERIAL'", 'TMP', "'KEY'", '127.0.0.1:PORT'], $php);
preg_match("~'file://(/[^']+)/keys/merchant_key\.pem'~", $php, $m);
preg_match('~127\.0\.0\.1:(\d+)~', $php, $p);
$emu = ['proc' => $proc, 'dir' => $m[1], 'port' => (int) $p[1]];
// The snippet is PHP that builds a working client.
$instance = null;
eval(substr($php, strlen("<?php\n")));
echo 'snippet client: ', $instance['v3/emulator/echo']->get()->getStatusCode(), "\n";
echo 'SIGINT: exit ', wxp_product_stop($emu, 2), ', all gone: ', $gone($emu), "\n";

echo "-- --stdin\n";
$emu = wxp_product_start(['--stdin']);
echo 'server processes: ', count(server_pids($emu['dir'])), "\n";
fclose($emu['pipes'][0]);
while (($st = proc_get_status($emu['proc']))['running']) {
    usleep(10000);
}
echo 'stdin closed: exit ', $st['exitcode'], ', all gone: ', $gone($emu), "\n";

echo "-- the server dies\n";
$emu = wxp_product_start(['--workers=0']);
$k = proc_open(array_merge(['kill', '-KILL'], array_map('strval', server_pids($emu['dir']))), [0 => ['file', '/dev/null', 'r']], $kp);
proc_close($k);
while (($st = proc_get_status($emu['proc']))['running']) {
    usleep(10000);
}
echo 'exit ', $st['exitcode'], ', all gone: ', $gone($emu), "\n";
echo 'said: ', str_contains((string) file_get_contents($emu['stderr']), 'the server exited') ? 'the server exited' : '?', "\n";
?>
--EXPECT--
--help: 0, usage: wechatpay-emulator [--port N] [--host ADDR] [--keys DIR] [--state DIR] [--workers N] [--json] [--stdin]
--port=x: 2
--keys=/nonexistent: 1 wechatpay-emulator: --keys /nonexistent: no such directory
-- the PHP snippet
<?php
// wechatpay-emulator: test keys generated for this run only, removed when it stops. Never real keys.
$instance = WeChatPay\Builder::factory([
    'mchid' => '1900000001',
    'serial' => 'SERIAL',
    'privateKey' => 'file://TMP/keys/merchant_key.pem',
    'certs' => [
        'SERIAL' => 'file://TMP/keys/platform_cert.pem',
        'PUB_KEY_ID_0114232134912410000000000000' => 'file://TMP/keys/pubkey_pub.pem',
    ],
    'apiv3Key' => 'KEY',
    'secret' => 'KEY',
    'base_uri' => 'http://127.0.0.1:PORT/',
]);
snippet client: 200
SIGINT: exit 0, all gone: true
-- --stdin
server processes: 3
stdin closed: exit 0, all gone: true
-- the server dies
exit 0, all gone: true
said: the server exited
