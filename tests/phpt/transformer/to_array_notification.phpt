--TEST--
Transformer::toArray(): an APIv2 pay notification becomes a flat array of strings, CDATA unwrapped, blanks ignored
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
$xml = <<<'XML'
<xml>
  <appid><![CDATA[wx2421b1c4370ec43b]]></appid>
  <attach><![CDATA[支付测试]]></attach>
  <bank_type><![CDATA[CFT]]></bank_type>
  <fee_type><![CDATA[CNY]]></fee_type>
  <mch_id><![CDATA[10000100]]></mch_id>
  <nonce_str><![CDATA[5d2b6c2a8db53831f7eda20af46e531c]]></nonce_str>
  <openid><![CDATA[oUpF8uMEb4qRXf22hE3X68TekukE]]></openid>
  <out_trade_no><![CDATA[1409811653]]></out_trade_no>
  <result_code><![CDATA[SUCCESS]]></result_code>
  <return_code><![CDATA[SUCCESS]]></return_code>
  <sign><![CDATA[B552ED6B279343CB493C5DD0D78AB241]]></sign>
  <time_end><![CDATA[20140903131540]]></time_end>
  <total_fee>1</total_fee>
  <coupon_fee><![CDATA[10]]></coupon_fee>
  <trade_type><![CDATA[JSAPI]]></trade_type>
  <transaction_id><![CDATA[1004400740201409030005092168]]></transaction_id>
</xml>
XML;
var_dump(WeChatPay\Transformer::toArray($xml));
?>
--EXPECT--
array(16) {
  ["appid"]=>
  string(18) "wx2421b1c4370ec43b"
  ["attach"]=>
  string(12) "支付测试"
  ["bank_type"]=>
  string(3) "CFT"
  ["fee_type"]=>
  string(3) "CNY"
  ["mch_id"]=>
  string(8) "10000100"
  ["nonce_str"]=>
  string(32) "5d2b6c2a8db53831f7eda20af46e531c"
  ["openid"]=>
  string(28) "oUpF8uMEb4qRXf22hE3X68TekukE"
  ["out_trade_no"]=>
  string(10) "1409811653"
  ["result_code"]=>
  string(7) "SUCCESS"
  ["return_code"]=>
  string(7) "SUCCESS"
  ["sign"]=>
  string(32) "B552ED6B279343CB493C5DD0D78AB241"
  ["time_end"]=>
  string(14) "20140903131540"
  ["total_fee"]=>
  string(1) "1"
  ["coupon_fee"]=>
  string(2) "10"
  ["trade_type"]=>
  string(5) "JSAPI"
  ["transaction_id"]=>
  string(28) "1004400740201409030005092168"
}
