--TEST--
Formatter::request() and ::response(): the signed messages, every line ending in "\n", the body '' by default
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

var_dump(Formatter::request('GET', '/v3/certificates', '1554208460', '593BEC0C930BF1AFEB40B4A08C8FB242'));
var_dump(Formatter::request('POST', '/v3/pay/transactions/native?a=1', '1700000000', 'N', '{"amount":{"total":1}}'));
var_dump(Formatter::response('1554209980', 'c5ac7061fccab6bf3e254dcf98995b8c', '{"data":[]}'));
var_dump(Formatter::response('1', 'n'));
// Bytes are kept as they are, NUL and line feeds included.
var_dump(Formatter::request("GE\0T", "/\n", '', '', "a\0b") === "GE\0T\n/\n\n\n\na\0b\n");
var_dump(Formatter::response(timestamp: '2', nonce: 'm', body: "x\r\n") === "2\nm\nx\r\n\n");
?>
--EXPECT--
string(66) "GET
/v3/certificates
1554208460
593BEC0C930BF1AFEB40B4A08C8FB242

"
string(73) "POST
/v3/pay/transactions/native?a=1
1700000000
N
{"amount":{"total":1}}
"
string(56) "1554209980
c5ac7061fccab6bf3e254dcf98995b8c
{"data":[]}
"
string(5) "1
n

"
bool(true)
bool(true)
