--TEST--
TLS: over https through a TLS front, 'verify' => the test CA path succeeds and the signed request reaches the server intact
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $tls['ca']]));

$response = $client->chain('v3/emulator/echo/{x}')->post(['x' => 'over tls', 'json' => ['a' => '中']]);
var_dump($response->getStatusCode());
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[0]['request_uri'], $log[0]['headers']['host'] === "127.0.0.1:{$tls['port']}", $log[0]['auth']);

// localhost is in the certificate too
$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "https://localhost:{$tls['port']}/", 'verify' => $tls['ca']]));
var_dump($client->chain('v3/emulator/echo')->get()->getStatusCode());
?>
--EXPECT--
int(200)
int(1)
string(28) "/v3/emulator/echo/over%20tls"
bool(true)
bool(true)
int(200)
