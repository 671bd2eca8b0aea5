--TEST--
Pool: with wechatpay.pool=0 the engine goes at the end of every web request, so each one opens (and handshakes) a new connection; stats() still counts for the process
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';
$emu = wxp_emulator_start();
$front = wxp_nginx_front_start($emu, ['tls' => true]);
$app = wxp_pool_app_start($emu, $front['base_uri'], $front['ca'], ['wechatpay.pool' => '0']);

$pid = null;
for ($i = 1; $i <= 3; $i++) {
    $r = wxp_pool_app_get($app);
    $s = $r['stats'];
    $pid ??= $s['pid'];
    printf("web request %d: status %s, reused %s, tls %s, peer %s, same process %s\n", $i, $r['status'],
        var_export($r['info']['reused'], true), $r['info']['tls'] > 0 ? '>0' : '0',
        $r['info']['primary_ip'] . ':' . ($r['info']['primary_port'] === $front['port'] ? 'front' : $r['info']['primary_port']),
        var_export($s['pid'] === $pid, true));
    printf("  stats: enabled %s, requests %d, transfers %d, opened %d, reused %d, tls_handshakes %d\n",
        var_export($s['enabled'], true), $s['requests'], $s['transfers'], $s['connections_opened'],
        $s['connections_reused'], $s['tls_handshakes']);
}
?>
--EXPECT--
web request 1: status 200, reused false, tls >0, peer 127.0.0.1:front, same process true
  stats: enabled false, requests 1, transfers 1, opened 1, reused 0, tls_handshakes 1
web request 2: status 200, reused false, tls >0, peer 127.0.0.1:front, same process true
  stats: enabled false, requests 2, transfers 2, opened 2, reused 0, tls_handshakes 2
web request 3: status 200, reused false, tls >0, peer 127.0.0.1:front, same process true
  stats: enabled false, requests 3, transfers 3, opened 3, reused 0, tls_handshakes 3
