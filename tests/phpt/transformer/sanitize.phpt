--TEST--
Transformer::sanitize(): removes every character XML 1.0 forbids; text that is not UTF-8 becomes ''
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

var_dump(Transformer::sanitize("a\x00b\x08c\x0bd\x0ce\x1ff"));
var_dump(Transformer::sanitize("tab\tlf\ncr\r ok") === "tab\tlf\ncr\r ok");
var_dump(bin2hex(Transformer::sanitize("\u{D7FF}\u{E000}\u{FFFD}\u{FFFE}\u{FFFF}\u{10000}\u{10FFFF}")));
var_dump(Transformer::sanitize("bad \xff byte"), Transformer::sanitize("\xed\xa0\x80"), Transformer::sanitize(''));
var_dump(Transformer::sanitize('<xml><a>中文</a></xml>'));
?>
--EXPECT--
string(6) "abcdef"
bool(true)
string(34) "ed9fbfee8080efbfbdf0908080f48fbfbf"
string(0) ""
string(0) ""
string(0) ""
string(24) "<xml><a>中文</a></xml>"
