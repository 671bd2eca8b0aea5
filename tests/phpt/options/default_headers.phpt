--TEST--
Options: default headers of a bodiless GET: Accept (wechatpay-php's list), User-Agent "wechatpay-ext/... curl/... PHP/...", no Content-Type
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$client->chain('v3/emulator/echo')->get();
$r = wxp_emulator_requests($emu)[0];
$h = $r['headers'];
var_dump($h['accept']);
$ua = $h['user-agent'];
var_dump(str_starts_with($ua, 'wechatpay-ext/'));
var_dump((bool) preg_match('~^wechatpay-ext/\d+\.\d+\.\d+\S* curl/\d+\.\d+\.\d+ .*PHP/' . preg_quote(PHP_VERSION, '~') . '$~', $ua));
var_dump(str_contains($ua, 'curl/' . (function_exists('curl_version') ? curl_version()['version'] : '')));
var_dump(array_key_exists('content-type', $h));
var_dump(array_key_exists('content-length', $h) ? $h['content-length'] : 'no content-length');
var_dump($r['body']);
?>
--EXPECT--
string(91) "application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5"
bool(true)
bool(true)
bool(true)
bool(false)
string(17) "no content-length"
string(0) ""
