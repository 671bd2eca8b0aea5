--TEST--
getDriver(): one WeChatPay\ClientDecorator per client, the same object from every node and call style
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$i = WeChatPay\Builder::factory(wxp_test_config());
$d = $i->getDriver();
var_dump($d instanceof WeChatPay\ClientDecoratorInterface, get_class($d));
var_dump($d === $i->v3->pay->transactions->getDriver(), $d === $i['v3/pay']->getDriver(), $d === $i->chain('v3')->getDriver());
$other = WeChatPay\Builder::factory(wxp_test_config());
var_dump($other->getDriver() === $d);
try { new WeChatPay\ClientDecorator(); } catch (Error $e) { echo get_class($e), "\n"; }
unset($i);
var_dump($d instanceof WeChatPay\ClientDecorator);
?>
--EXPECT--
bool(true)
string(25) "WeChatPay\ClientDecorator"
bool(true)
bool(true)
bool(true)
bool(false)
Error
bool(true)
