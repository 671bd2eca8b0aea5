--TEST--
Property, ArrayAccess and chain() are one mechanism: the same key gives the same node object
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$i = WeChatPay\Builder::factory(wxp_test_config());

var_dump($i->v3 === $i['v3']);
var_dump($i->v3 === $i->chain('v3'));
var_dump($i->v3->pay === $i['v3']['pay']);
var_dump($i[3] === $i['3']);
var_dump($i['v3/pay'] === $i->v3->pay);   // different keys, different nodes, same path
var_dump($i['v3/pay']->getPath() === $i->v3->pay->getPath());
var_dump($i->v3 instanceof WeChatPay\BuilderChainable, $i->v3 instanceof ArrayAccess);
var_dump(isset($i->anything), isset($i['anything']), empty($i->anything), $i->offsetExists('x'));
var_dump(get_class($i->v3));

// A second factory builds a separate tree.
$j = WeChatPay\Builder::factory(wxp_test_config());
var_dump($j->v3 === $i->v3);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
string(21) "WeChatPay\BuilderNode"
bool(false)
