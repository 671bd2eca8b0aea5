--TEST--
Pool: with wechatpay.pool=0 the engine is freed at the end of the request after unwaited async transfers were aborted (clean under valgrind); within the request connections are still reused
--EXTENSIONS--
wechatpay
--INI--
wechatpay.pool=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$front = wxp_nginx_front_start($emu, ['tls' => true]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));

$first = $api->chain('v3/emulator/echo')->get()->getTransferInfo();
$second = $api->chain('v3/emulator/echo')->getAsync()->wait()->getTransferInfo();
var_dump($first['reused'], $second['reused']);
$s = WeChatPay\Pool::stats();
var_dump($s['enabled'], $s['requests'], $s['connections_opened'], $s['connections_reused']);

// Left in flight: RSHUTDOWN aborts them before it frees the engine.
$pending = [$api->chain('v3/emulator/slow/3000')->getAsync(), $api->chain('v3/emulator/slow/3000')->getAsync()];
$GLOBALS['kept'] = $api->chain('v3/emulator/slow/3000')->getAsync()->then(static fn () => print("never\n"));
echo "done\n";
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
int(1)
int(1)
int(1)
done
