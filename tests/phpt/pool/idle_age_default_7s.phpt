--TEST--
Pool: with the default wechatpay.pool_max_age (7 s; WeChat Pay closes idle connections at 8 s) a connection idle about 1 s is reused and one idle about 7.3 s is not, against real time
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start();
// nginx keeps idle connections 30 s here: only the client's own limit can refuse the reuse.
$front = wxp_nginx_front_start($emu, ['tls' => true, 'keepalive_timeout' => 30]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));
var_dump(ini_get('wechatpay.pool_max_age'), WeChatPay\Pool::stats()['max_age']);

function call(WeChatPay\BuilderChainable $api, string $what): void
{
    $info = $api->chain('v3/emulator/echo')->get()->getTransferInfo();
    printf("%s: reused %s\n", $what, var_export($info['reused'], true));
}

call($api, 'first');
usleep(1000000);
call($api, 'after 1 s idle');
usleep(7300000);
call($api, 'after 7.3 s idle');
call($api, 'at once after that');
$s = WeChatPay\Pool::stats();
printf("opened %d, reused %d, tls_handshakes %d\n", $s['connections_opened'], $s['connections_reused'], $s['tls_handshakes']);
?>
--EXPECT--
string(1) "7"
int(7)
first: reused false
after 1 s idle: reused true
after 7.3 s idle: reused false
at once after that: reused true
opened 2, reused 2, tls_handshakes 2
