--TEST--
Pool: a Set-Cookie from the server is never sent back, neither by the next call of the same request nor in a later web request of the same process
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

// In this request: two calls on one client, then one on a new client.
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));
$first = $api->chain('v3/emulator/cookie')->get();
echo 'Set-Cookie came: ', var_export(str_starts_with($first->getHeaderLine('Set-Cookie'), 'wxp_session='), true), "\n";
$second = $api->chain('v3/emulator/cookie')->get();
echo 'second call, same connection: ', var_export($second->getTransferInfo()['reused'], true), "\n";
$again = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri'], 'verify' => $front['ca']]));
$third = $again->chain('v3/emulator/cookie')->get();
foreach ([$second, $third] as $i => $r) {
    echo 'cookie_sent seen by the server: ', var_export(json_decode((string) $r->getBody(), true)['cookie_sent'], true), "\n";
}

// Across web requests of one process.
$app = wxp_pool_app_start($emu, $front['base_uri'], $front['ca']);
for ($i = 1; $i <= 2; $i++) {
    $r = wxp_pool_app_get($app, ['path' => 'v3/emulator/cookie']);
    printf("web request %d: status %d, reused %s, cookie_sent %s\n", $i, $r['status'],
        var_export($r['info']['reused'], true), var_export($r['body']['cookie_sent'], true));
}

$log = wxp_emulator_requests($emu);
$withCookie = array_filter($log, static fn (array $e): bool => isset($e['headers']['cookie']));
printf("%d requests logged, %d with a Cookie header\n", count($log), count($withCookie));
?>
--EXPECT--
Set-Cookie came: true
second call, same connection: true
cookie_sent seen by the server: NULL
cookie_sent seen by the server: NULL
web request 1: status 200, reused false, cookie_sent NULL
web request 2: status 200, reused true, cookie_sent NULL
5 requests logged, 0 with a Cookie header
