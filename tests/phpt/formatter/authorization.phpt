--TEST--
Formatter::authorization($mchid, $nonce, $signature, $timestamp, $serial): the header value in the order mchid, serial_no, timestamp, nonce_str, signature
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

echo Formatter::authorization('1900000001', '593BEC0C930BF1AFEB40B4A08C8FB242', 'Cg==', '1554208460', '408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB'), "\n";
// Named arguments, as the package's parameter names.
echo Formatter::authorization(serial: 'S', timestamp: '1', signature: 'sig', nonce: 'n', mchid: 'm'), "\n";
// Whatever is given is written as it is: quotes, commas and NUL bytes too (sprintf() does the same).
var_dump(str_replace("\0", '<NUL>', Formatter::authorization('a"b', "n\0n", '', '', 'x,y')));
// Integers are strings to a weak-mode caller, as for the package's string parameters.
echo Formatter::authorization(1900000001, 'n', 's', 1700000000, 'S'), "\n";
try {
    Formatter::authorization('1', '2', '3', '4');
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB",timestamp="1554208460",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="Cg=="
WECHATPAY2-SHA256-RSA2048 mchid="m",serial_no="S",timestamp="1",nonce_str="n",signature="sig"
string(99) "WECHATPAY2-SHA256-RSA2048 mchid="a"b",serial_no="x,y",timestamp="",nonce_str="n<NUL>n",signature="""
WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="S",timestamp="1700000000",nonce_str="n",signature="s"
WeChatPay\Formatter::authorization() expects exactly 5 arguments, 4 given
