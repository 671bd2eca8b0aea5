--TEST--
TLS: 'verify' => false accepts the untrusted server certificate (config and per call)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);

$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => false]));
var_dump($client->chain('v3/emulator/echo')->get()->getStatusCode());

$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $tls['other_ca']]));
var_dump($client->chain('v3/emulator/echo')->get(['verify' => false])->getStatusCode());
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[0]['auth'], $log[1]['auth']);
?>
--EXPECT--
int(200)
int(200)
int(2)
bool(true)
bool(true)
