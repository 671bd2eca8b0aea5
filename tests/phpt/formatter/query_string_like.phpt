--TEST--
Formatter::queryStringLike(): key=value joined by &, without the `sign` key, null and '' values (APIv2), the package's cases
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

var_dump(Formatter::queryStringLike(['a' => '1', 'b' => '3', 'aa' => '2']));
var_dump(Formatter::queryStringLike(['a' => '1', 'b' => '3', 'sign' => '2']));
var_dump(Formatter::queryStringLike(['a' => '1', 'b' => '3', 'c' => '']));
var_dump(Formatter::queryStringLike(['a' => '1', 'b' => null, 'c' => '2']));
var_dump(Formatter::queryStringLike(['bob' => '1', 'alice' => null, 'tom' => '', 'sign' => 'mock']));
// Nothing is encoded or sorted; values convert as implode() converts them (false is '' but still written).
var_dump(Formatter::queryStringLike(['z' => 'a b&c=中', 3 => 0, 'f' => false, 't' => true, 'x' => 1.5, 'SIGN' => 'kept', 'sign_type' => 'MD5']));
// The APIv2 document's example, sorted first as an APIv2 signature needs.
var_dump(Formatter::queryStringLike(Formatter::ksort([
    'appid' => 'wxd930ea5d5a258f4f', 'mch_id' => '10000100', 'device_info' => '1000', 'body' => 'test',
    'nonce_str' => 'ibuaiVcKdpRxkhJA',
])));
var_dump(Formatter::queryStringLike(), Formatter::queryStringLike(['sign' => 'x']));
?>
--EXPECT--
string(12) "a=1&b=3&aa=2"
string(7) "a=1&b=3"
string(7) "a=1&b=3"
string(7) "a=1&c=2"
string(5) "bob=1"
string(52) "z=a b&c=中&3=0&f=&t=1&x=1.5&SIGN=kept&sign_type=MD5"
string(94) "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA"
string(0) ""
string(0) ""
