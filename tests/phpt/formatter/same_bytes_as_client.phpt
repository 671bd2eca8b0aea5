--TEST--
Formatter: request(), response() and authorization() give exactly the bytes the client signs, verifies and sends
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'openssl'); ?>
--FILE--
<?php
use WeChatPay\Formatter;

require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$keys = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu));
$response = $client->chain('v3/emulator/echo/{id}')->post(['id' => 'a b', 'query' => ['x' => '中'], 'json' => ['k' => 'v']]);
[$sent] = wxp_emulator_requests($emu);

$header = $sent['headers']['authorization'];
preg_match_all('/(\w+)="([^"]*)"/', $header, $m);
$p = array_combine($m[1], $m[2]);
// The header, rebuilt from its parts (given in the package's parameter order).
var_dump(Formatter::authorization($p['mchid'], $p['nonce_str'], $p['signature'], $p['timestamp'], $p['serial_no']) === $header);
// The signed message, rebuilt from what reached the server.
$message = Formatter::request('POST', $sent['request_uri'], $p['timestamp'], $p['nonce_str'], base64_decode($sent['body_base64']));
$merchant = openssl_pkey_get_public('file://' . $keys['merchant_cert']);
var_dump(openssl_verify($message, base64_decode($p['signature']), $merchant, OPENSSL_ALGO_SHA256));
var_dump($sent['request_uri'], base64_decode($sent['body_base64']));
// The response's signed message, from its headers and body.
$signed = Formatter::response($response->getHeaderLine('Wechatpay-Timestamp'), $response->getHeaderLine('Wechatpay-Nonce'),
    (string) $response->getBody());
$platform = openssl_pkey_get_public('file://' . $keys['platform_cert']);
var_dump(openssl_verify($signed, base64_decode($response->getHeaderLine('Wechatpay-Signature')), $platform, OPENSSL_ALGO_SHA256));
// A GET has an empty body line.
$client->v3->emulator->echo->get();
$get = wxp_emulator_requests($emu)[1];
preg_match_all('/(\w+)="([^"]*)"/', $get['headers']['authorization'], $m);
$p = array_combine($m[1], $m[2]);
var_dump(openssl_verify(Formatter::request('GET', '/v3/emulator/echo', $p['timestamp'], $p['nonce_str']),
    base64_decode($p['signature']), $merchant, OPENSSL_ALGO_SHA256));
?>
--EXPECT--
bool(true)
int(1)
string(35) "/v3/emulator/echo/a%20b?x=%E4%B8%AD"
string(9) "{"k":"v"}"
int(1)
int(1)
