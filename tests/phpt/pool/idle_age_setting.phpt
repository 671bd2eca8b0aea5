--TEST--
Pool: wechatpay.pool_max_age=2: a connection idle about 0.5 s is reused, one idle about 2.3 s is not
--EXTENSIONS--
wechatpay
--INI--
wechatpay.pool_max_age=2
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start();
$front = wxp_nginx_front_start($emu, ['tls' => true, 'keepalive_timeout' => 30]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));
var_dump(ini_get('wechatpay.pool_max_age'), WeChatPay\Pool::stats()['max_age']);

function call(WeChatPay\BuilderChainable $api, string $what): void
{
    $info = $api->chain('v3/emulator/echo')->get()->getTransferInfo();
    printf("%s: reused %s\n", $what, var_export($info['reused'], true));
}

call($api, 'first');
usleep(500000);
call($api, 'after 0.5 s idle');
usleep(2300000);
call($api, 'after 2.3 s idle');
?>
--EXPECT--
string(1) "2"
int(2)
first: reused false
after 0.5 s idle: reused true
after 2.3 s idle: reused false
