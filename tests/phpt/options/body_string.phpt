--TEST--
Options: 'body' as a string is sent byte for byte (NUL, CR/LF, non-UTF-8 included) and the signature covers those bytes
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$body = "raw\x00bytes\r\nline 2 \xff\xfe 中文 {\"a\":1}";
$response = $client->chain('v3/emulator/echo')->post(['body' => $body]);
var_dump($response->getStatusCode());
$log = wxp_emulator_requests($emu);
var_dump(base64_decode($log[0]['body_base64']) === $body);
var_dump($log[0]['headers']['content-length']);
var_dump($log[0]['auth']);
?>
--EXPECT--
int(200)
bool(true)
string(2) "35"
bool(true)
