--TEST--
Options: a per-call 'base_uri' sends that call (only) to another server
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$one = wxp_emulator_start(['workers' => 0]);
$two = wxp_emulator_start(['workers' => 0]);
$client = WeChatPay\Builder::factory(wxp_config($one));

$r = $client->chain('v3/emulator/echo/{x}')->get(['x' => 'second', 'base_uri' => $two['base_uri']]);
var_dump($r->getStatusCode());
var_dump(count(wxp_emulator_requests($one)));
$log = wxp_emulator_requests($two);
var_dump(count($log), $log[0]['request_uri'], $log[0]['headers']['host'] === "127.0.0.1:{$two['port']}", $log[0]['auth']);

$client->chain('v3/emulator/echo/{x}')->get(['x' => 'first']);
$log = wxp_emulator_requests($one);
var_dump(count($log), $log[0]['request_uri']);
var_dump(count(wxp_emulator_requests($two)));
?>
--EXPECT--
int(200)
int(0)
int(1)
string(24) "/v3/emulator/echo/second"
bool(true)
bool(true)
int(1)
string(23) "/v3/emulator/echo/first"
int(1)
