--TEST--
Pool: bursts of up to 64 async calls with 'max_connections' => 64 over wechatpay.pool_max_idle=1: the connection cache grows to the connections in use, so no burst closes what the next one reuses, and four bursts (two under valgrind) never open more connections than can be in use at once (before: each burst closed all but one and opened them again, each a TLS handshake on https)
--EXTENSIONS--
wechatpay
--INI--
wechatpay.pool_max_idle=1
wechatpay.pool_max_age=300
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start(['workers' => 4]);
// Idle connections live 300 s at both ends: only the cache's size may close one between bursts.
$front = wxp_nginx_front_start($emu, ['keepalive_timeout' => 300]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'max_connections' => 64, 'timeout' => 300]));

// Each call starts its transfer at once, so how many of a burst overlap depends on timing; at most 64 do.
$bursts = getenv('USE_ZEND_ALLOC') === '0' ? 2 : 4; // valgrind (run-tests -m) is slow
$ok = 0;
for ($burst = 1; $burst <= $bursts; $burst++) {
    $promises = [];
    for ($i = 0; $i < 64; $i++) {
        $promises[] = $api->chain('v3/emulator/echo/{i}')->getAsync(['i' => $i]);
    }
    foreach (WeChatPay\Promise::all($promises)->wait() as $response) {
        $ok += $response->getStatusCode() === 200;
    }
}
$s = WeChatPay\Pool::stats();
var_dump($ok === 64 * $bursts, $s['transfers'] === 64 * $bursts, $s['max_idle']);
var_dump($s['connections_opened'] <= 64, $s['connections_opened'] + $s['connections_reused'] === 64 * $bursts);
if ($s['connections_opened'] > 64) {
    echo "opened {$s['connections_opened']} connections\n";
}
?>
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
