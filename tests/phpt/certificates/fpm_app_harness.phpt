--TEST--
The PHP-FPM app harness of the certificate tests: tests/inc/certs_app.php under php-fpm (2 children, the extension loaded, a config from wxp_certs_app_config()) answers 6 web requests from 1 or 2 processes, each with one verified call the emulator logged; a refused call and a bad path are reported in the answer, not as a broken page
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'fpm', 'nginx'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/certs_app.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$config = wxp_certs_app_config($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['platform_cert']]], 'v3/emulator/echo');
$app = wxp_fpm_app_start(['script' => __DIR__ . '/../../inc/certs_app.php', 'children' => 2,
    'env' => ['WXP_CERTS_APP_CONFIG' => $config]]);
echo 'pool: ', $app['children'], ' children, ', count(wxp_fpm_owner_children($app['fpm_pid'])), " running\n";
$pids = [];
for ($i = 0; $i < 6; $i++) {
    $a = wxp_fpm_app_get($app);
    $pids[$a['pid']] = true;
    echo "$i: ", $a['status'], ' ', $a['serial'] === $k['platform_serial'] ? 'platform serial' : var_export($a['serial'], true),
        ' ', var_export($a['error'], true), "\n";
}
echo 'pids: ', count($pids) >= 1 && count($pids) <= 2 ? 'one or two' : count($pids), ', none of them ours: ',
    var_export(!isset($pids[getmypid()]), true), ', all pool workers: ',
    var_export(array_diff(array_keys($pids), wxp_fpm_owner_children($app['fpm_pid'])) === [], true), "\n";
$log = wxp_emulator_requests($emu);
echo 'emulator saw ', count($log), ' calls: ', implode(',', array_unique(array_map(
    static fn (array $r): string => $r['method'] . ' ' . $r['request_uri'] . ($r['auth'] ? ' signed' : ' NOT SIGNED'), $log))), "\n";
// another path per web request, and a failure: the app answers what happened
$a = wxp_fpm_app_get($app, ['path' => 'v3/emulator/error/404']);
echo 'error path: ', $a['status'], ' ', preg_replace('/:.*/s', '', (string) $a['error']), ' previous ', var_export($a['previous'], true), "\n";
// a certificate the answers are not signed with: refused
$other = wxp_fpm_app_start(['script' => __DIR__ . '/../../inc/certs_app.php', 'children' => 1,
    'env' => ['WXP_CERTS_APP_CONFIG' => wxp_certs_app_config($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['merchant_cert']]], 'v3/emulator/echo')]]);
$a = wxp_fpm_app_get($other);
echo 'wrong certificate: status ', var_export($a['status'], true), ', ', preg_replace('/:.*/s', '', (string) $a['error']), "\n";
// no JSON from the app (a page that is not the app's answer): the helper throws with the log
try {
    wxp_fpm_app_get(['port' => $emu['port'], 'log' => $emu['log']], []);
    echo "a non-JSON page was accepted\n";
} catch (RuntimeException $e) {
    echo 'not the app: ', preg_replace('/:.*/s', '', $e->getMessage()), "\n";
}
?>
--EXPECT--
pool: 2 children, 2 running
0: 200 platform serial NULL
1: 200 platform serial NULL
2: 200 platform serial NULL
3: 200 platform serial NULL
4: 200 platform serial NULL
5: 200 platform serial NULL
pids: one or two, none of them ours: true, all pool workers: true
emulator saw 6 calls: GET /v3/emulator/echo signed
error path: 404 WeChatPay\Exception\Own\ClientException previous NULL
wrong certificate: status 200, WeChatPay\Exception\Own\VerificationException
not the app: app answered 404
