--TEST--
failover: an origin that refused a connection is avoided by the next web requests of the same PHP process (a `php -S` app with the extension, as one PHP-FPM worker): the first request pays for the refusal, the next go straight to the backup
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/pool.inc';
require __DIR__ . '/../../inc/failover.inc';

$emu = wxp_emulator_start();
$dead = wxp_refused_port();
$app = wxp_pool_app_start($emu, "http://127.0.0.1:$dead/", null);
// the app's config: the refused origin first, the emulator as its backup
$config = glob("{$emu['state_dir']}/pool-app-*/config.json")[0];
$cfg = json_decode(file_get_contents($config), true);
$cfg['failover'] = ['base_uris' => [$emu['base_uri']], 'avoid' => 30];
file_put_contents($config, json_encode($cfg, JSON_UNESCAPED_SLASHES));

$host = fn (string $origin) => $origin === "http://127.0.0.1:$dead" ? 'dead' : ($origin === rtrim($emu['base_uri'], '/') ? 'emulator' : $origin);
for ($i = 1; $i <= 3; $i++) {
    $out = wxp_pool_app_get($app, ['verify' => 'off']);
    echo "request $i: ", $out['status'] ?? $out['error'], ' via ',
        implode(' -> ', array_map(fn ($a) => $host($a['host']) . ':' . ($a['curl_code'] ?: $a['status']), $out['info']['attempts'] ?? [])), "\n";
}
echo 'emulator got: ', count(wxp_emulator_requests($emu)), "\n";
?>
--EXPECT--
request 1: 200 via dead:7 -> emulator:200
request 2: 200 via emulator:200
request 3: 200 via emulator:200
emulator got: 3
