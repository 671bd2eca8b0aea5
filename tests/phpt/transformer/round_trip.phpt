--TEST--
Transformer: toArray(toXml($data)) gives $data back for APIv2-shaped data (string values, name keys), text with markup included
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

$data = [
    'return_code' => 'SUCCESS', 'return_msg' => 'OK', 'appid' => 'wx2421b1c4370ec43b', 'mch_id' => '10000100',
    'nonce_str' => 'IITRi8Iabbblz1Jc', 'sign' => '7921E432F65EB8ED0CE9755F0E86D72F', 'result_code' => 'SUCCESS',
    'prepay_id' => 'wx201411101639507cbf6ffd8b0779950874', 'trade_type' => 'JSAPI',
    'detail' => '{"goods_detail":[{"goods_name":"iPhone6s 16G","quantity":1,"price":528800}]}',
    'attach' => 'a<b & "c"', 'body' => '腾讯充值中心-QQ会员充值',
];
foreach ([[true, false], [false, false], [false, true], [true, true]] as [$headless, $indent]) {
    var_dump(Transformer::toArray(Transformer::toXml($data, $headless, $indent)) === $data);
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
