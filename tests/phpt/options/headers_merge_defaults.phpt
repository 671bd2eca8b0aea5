--TEST--
Options: call 'headers' are merged over the default headers: a same-named default is replaced, the other defaults stay
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$client->chain('v3/emulator/echo')->get(['headers' => ['accept' => 'text/plain', 'X-Custom' => 'v1', 'Accept-Language' => 'en', 'X-Num' => 42]]);
$h = wxp_emulator_requests($emu)[0]['headers'];
var_dump($h['accept']);
var_dump($h['x-custom']);
var_dump($h['accept-language']);
var_dump($h['x-num']);
var_dump(str_starts_with($h['user-agent'], 'wechatpay-ext/'));
var_dump(str_starts_with($h['authorization'], 'WECHATPAY2-SHA256-RSA2048 '));
?>
--EXPECT--
string(10) "text/plain"
string(2) "v1"
string(2) "en"
string(2) "42"
bool(true)
bool(true)
