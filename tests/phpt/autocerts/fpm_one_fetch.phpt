--TEST--
Automatic platform certificates under PHP-FPM (2 workers, certsFile shared): 20 web requests, each building its client from a config with apiv3Key and no certs, two of them at once on both workers, cost one certificate fetch in all (the worker that takes certsFile's lock first fetches and writes the file, the other waits and starts from it); a rotation to a certificate no worker has seen costs one more fetch, however many requests follow; without certsFile each worker fetches once
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'fpm', 'nginx'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/certs_app.inc';
require __DIR__ . '/../../inc/platforms.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$k = $emu['keys'];
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$serve = static function (array $app, int $n, string $what) use ($fetches, $k) {
    $pids = $statuses = $serials = [];
    for ($i = 0; $i < $n; $i++) {
        $a = wxp_fpm_app_get($app);
        $pids[$a['pid']] = true;
        $statuses[$a['status'] ?? $a['error']] = true;
        $serials[$a['serial'] === $k['platform_serial'] ? 'the configured serial' : 'another serial'] = true;
    }
    echo "$what: $n web requests, statuses ", implode(',', array_keys($statuses)), ', ', implode(',', array_keys($serials)),
        ', workers ', count($pids) <= 2 ? 'one or two' : count($pids), ', fetches ', $fetches(), "\n";
    return count($pids);
};
$file = "{$emu['state_dir']}/wechatpay-certs.json";
$config = wxp_certs_app_config($emu, ['apiv3Key' => $k['apiv3_key'], 'certsFile' => $file], 'v3/emulator/echo');
$app = wxp_fpm_app_start(['script' => __DIR__ . '/../../inc/certs_app.php', 'children' => 2,
    'ini' => ['wechatpay.certs_min_interval' => 1], 'env' => ['WXP_CERTS_APP_CONFIG' => $config]]);
// two web requests at once, so both workers need the certificates at the same moment: one fetches under the
// certsFile lock, the other waits for it and reads the file
$sockets = [];
foreach ([1, 2] as $i) {
    $s = stream_socket_client("tcp://127.0.0.1:{$app['port']}", $errno, $errstr, 30);
    fwrite($s, "GET /?path=" . rawurlencode('v3/emulator/slow/400') . " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    $sockets[] = $s;
}
$together = [];
foreach ($sockets as $s) {
    stream_set_timeout($s, 60);
    $answer = json_decode(explode("\r\n\r\n", (string) stream_get_contents($s), 2)[1] ?? '', true);
    $together[] = $answer;
    fclose($s);
}
echo 'two at once: statuses ', implode(',', array_map(static fn ($a) => $a['status'] ?? $a['error'] ?? '?', $together)),
    ', workers ', count(array_unique(array_column($together, 'pid'))), ', fetches ', $fetches(), "\n";
$serve($app, 18, 'with certsFile');
echo 'file: ', implode(',', array_keys(json_decode(file_get_contents($file), true)['certificates'])) === $k['platform_serial'] ? 'the platform certificate' : file_get_contents($file), "\n";
// rotation: a certificate nobody has seen starts signing (listed beside the old one)
usleep(1100000);
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['days' => 1825, 'list' => true, 'sign' => true]);
$serve($app, 20, 'after the rotation');
echo 'file now: ', count(json_decode(file_get_contents($file), true)['certificates']), " certificates\n";
wxp_fpm_app_stop($app);
// without certsFile: once per worker
wxp_emulator_clear($emu);
wxp_emulator_platforms($emu, 'DELETE');
$config = wxp_certs_app_config($emu, ['apiv3Key' => $k['apiv3_key']], 'v3/emulator/echo');
$app = wxp_fpm_app_start(['script' => __DIR__ . '/../../inc/certs_app.php', 'children' => 2, 'env' => ['WXP_CERTS_APP_CONFIG' => $config]]);
$pids = [];
for ($i = 0; $i < 20; $i++) {
    $pids[wxp_fpm_app_get($app)['pid']] = true;
}
echo 'without certsFile: fetches ', $fetches() === count($pids) ? 'one per worker that served' : $fetches() . ' for ' . count($pids) . ' workers', "\n";
?>
--EXPECT--
two at once: statuses 200,200, workers 2, fetches 1
with certsFile: 18 web requests, statuses 200, the configured serial, workers one or two, fetches 1
file: the platform certificate
after the rotation: 20 web requests, statuses 200, another serial, workers one or two, fetches 2
file now: 2 certificates
without certsFile: fetches one per worker that served
