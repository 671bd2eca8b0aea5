--TEST--
Promise and BuilderNode: == between two different objects is false (they are opaque, like curl handles), and an object equals only itself
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$k = wxp_test_keys();
$config = ['mchid' => $k['mchid'], 'serial' => $k['merchant_serial'], 'privateKey' => file_get_contents($k['merchant_private_key']),
    'certs' => [$k['platform_serial'] => file_get_contents($k['platform_cert'])], 'base_uri' => 'http://127.0.0.1:9/'];
$one = WeChatPay\Builder::factory($config);
$two = WeChatPay\Builder::factory($config);
var_dump($one->v3 == $two->v3, $one->v3->pay == $one->v3->bill, $one->v3 == $one['v3']);
$p = new WeChatPay\Promise();
$q = new WeChatPay\Promise();
var_dump($p == $q, $p == $p, $p != $q);
$p->resolve(1);
$q->resolve(1);
var_dump($p == $q);
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
