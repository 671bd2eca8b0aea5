--TEST--
PSR-7 response: status, reason, protocol, headers (case-insensitive lookup) and body of a verified answer
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

var_dump($r->getStatusCode(), $r->getReasonPhrase(), $r->getProtocolVersion());

// Every header: name as received => list of strings.
$headers = $r->getHeaders();
$shape = true;
foreach ($headers as $name => $values) {
    $shape = $shape && is_string($name) && is_array($values) && array_is_list($values) && count($values) >= 1
        && count(array_filter($values, 'is_string')) === count($values);
}
var_dump($shape);
var_dump(array_key_exists('Request-ID', $headers), array_key_exists('Wechatpay-Signature', $headers));

// Lookups ignore case; absent headers give [] and "".
var_dump($r->hasHeader('request-id'), $r->hasHeader('REQUEST-ID'), $r->hasHeader('X-Absent'));
var_dump($r->getHeader('CONTENT-TYPE'), $r->getHeaderLine('content-type'));
var_dump($r->getHeader('X-Absent'), $r->getHeaderLine('X-Absent'));
var_dump($r->getHeader('request-id') === $headers['Request-ID'], $r->getHeaderLine('Request-Id') === $headers['Request-ID'][0]);

// The body is the exact JSON the emulator answered; getBody() is always the same object.
$body = $r->getBody();
var_dump($body === $r->getBody());
$json = json_decode((string) $body, true, 16, JSON_THROW_ON_ERROR);
var_dump($json['method'], $json['request_uri']);
var_dump($body->getSize() === (int) $r->getHeaderLine('Content-Length'));
?>
--EXPECT--
int(200)
string(2) "OK"
string(3) "1.1"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(31) "application/json; charset=utf-8"
}
string(31) "application/json; charset=utf-8"
array(0) {
}
string(0) ""
bool(true)
bool(true)
bool(true)
string(3) "GET"
string(17) "/v3/emulator/echo"
bool(true)
