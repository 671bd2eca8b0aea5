--TEST--
Pool: one PHP process serving web requests (as one PHP-FPM worker) opens one TLS connection in the first request and reuses it in the next ones; stats() counts them, and the keys parsed in the first request are not parsed again
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
$app = wxp_pool_app_start($emu, $front['base_uri'], $front['ca']);

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
    // Each web request's factory reads a private key file and a certificate file.
    printf("  keys: cached %d, parsed %d, cache hits %d\n", $s['keys_cached'], $s['key_parses'], $s['key_cache_hits']);
}
?>
--EXPECT--
web request 1: status 200, reused false, tls >0, peer 127.0.0.1:front, same process true
  stats: enabled true, requests 1, transfers 1, opened 1, reused 0, tls_handshakes 1
  keys: cached 2, parsed 2, cache hits 0
web request 2: status 200, reused true, tls 0, peer 127.0.0.1:front, same process true
  stats: enabled true, requests 2, transfers 2, opened 1, reused 1, tls_handshakes 1
  keys: cached 2, parsed 2, cache hits 2
web request 3: status 200, reused true, tls 0, peer 127.0.0.1:front, same process true
  stats: enabled true, requests 3, transfers 3, opened 1, reused 2, tls_handshakes 1
  keys: cached 2, parsed 2, cache hits 4
