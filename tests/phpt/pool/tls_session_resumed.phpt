--TEST--
Pool: a new connection to a host the pool already talked to resumes the TLS session (the share handle keeps sessions across pooled easy handles), which the server sees
--EXTENSIONS--
wechatpay
--INI--
wechatpay.pool_max_age=1
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$front = wxp_nginx_front_start($emu, ['tls' => true, 'keepalive_timeout' => 30, 'access_log' => true]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));

$first = $api->chain('v3/emulator/echo')->get()->getTransferInfo();
usleep(1200000); // idle past wechatpay.pool_max_age=1: the connection is not reused
$second = $api->chain('v3/emulator/echo')->get()->getTransferInfo();
// Two at once: a request held open (cancelled below) keeps its connection busy, so the other one runs on
// another easy handle of the engine, over a new connection, however slow signing is (valgrind).
$held = $api->chain('v3/emulator/slow/60000')->getAsync();
$api->chain('v3/emulator/echo')->getAsync()->wait();
$held->cancel();
var_dump($first['reused'], $second['reused']);
// Per connection, its first request tells whether its handshake resumed a session. The pair opens one new
// connection, or two when signing was slow enough for connection 2 to pass 1 s idle; the second easy
// handle's new connection can resume only through the share handle. nginx logs a request after answering
// it (the held one when it is cancelled): wait for the four lines.
$opened = [];
foreach (wxp_nginx_access_log_wait($front, 4) as $e) {
    $opened[$e['connection']] ??= $e['session_reused'];
}
$opened = array_values($opened);
echo 'connection 1 resumed a session: ', var_export($opened[0], true), "\n";
echo 'connections after it: ', count($opened) >= 3 ? 'at least 2' : count($opened) - 1, "\n";
echo 'each resumed the session: ', var_export(!in_array(false, array_slice($opened, 1), true), true), "\n";
?>
--EXPECT--
bool(false)
bool(false)
connection 1 resumed a session: false
connections after it: at least 2
each resumed the session: true
