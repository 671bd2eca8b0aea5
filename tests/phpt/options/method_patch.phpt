--TEST--
Options: ->patch() sends PATCH with its JSON body, signed
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$response = $client->chain('v3/emulator/echo/{id}')->patch(['id' => 'patch-1', 'json' => ['verb' => 'PATCH', 'n' => 1]]);
var_dump($response->getStatusCode());
$echo = json_decode((string) $response->getBody(), true);
var_dump($echo['method']);
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[0]['method'], $log[0]['request_uri'], $log[0]['body']);
var_dump($log[0]['headers']['content-type'], $log[0]['auth']);
?>
--EXPECTF--
int(200)
string(%d) "PATCH"
int(1)
string(%d) "PATCH"
string(%d) "/v3/emulator/echo/patch-1"
string(%d) "{"verb":"PATCH","n":1}"
string(31) "application/json; charset=utf-8"
bool(true)
