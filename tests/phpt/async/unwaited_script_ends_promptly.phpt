--TEST--
Unwaited: a script that leaves 5 s transfers running (one with a then() callback) ends at once: they are aborted, not waited for; exit status 0, nothing printed after its last line
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!preg_match('~(?:^|\0)extension=[^\0]*wechatpay\.so(?:\0|$)~', (string) @file_get_contents('/proc/self/cmdline'))) {
    die('skip needs the extension given as -d extension=.../wechatpay.so');
} ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);

// The extension this test runs with, as given to run-tests (-d extension=...).
preg_match('~(?:^|\0)extension=([^\0]*wechatpay\.so)(?:\0|$)~', file_get_contents('/proc/self/cmdline'), $m);
$so = $m[1];
$script = tempnam(sys_get_temp_dir(), 'wxpunwaited');
file_put_contents($script, '<?php
$client = WeChatPay\Builder::factory(' . var_export(wxp_config($emu), true) . ');
$a = $client->chain("v3/emulator/slow/{ms}")->getAsync(["ms" => 5000]);
$b = $client->chain("v3/emulator/slow/{ms}")->getAsync(["ms" => 5000])->then(static fn($r) => print("callback ran\n"));
usleep(200000);
echo "last line\n";
');
// A plain child php (not traced by valgrind), with only this extension.
$start = microtime(true);
$p = proc_open([wxp_php_binary(), '-n', '-d', "extension=$so", $script],
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
    wxp_child_env(['USE_ZEND_ALLOC' => null]));
$out = stream_get_contents($pipes[1]);
$err = stream_get_contents($pipes[2]);
$code = proc_close($p);
$elapsed = microtime(true) - $start;
unlink($script);
var_dump($code, $out, $err);
var_dump($elapsed < 3.0);
?>
--EXPECT--
int(0)
string(10) "last line
"
string(0) ""
bool(true)
