--TEST--
PSR-7 response and stream: == compares status, reason, protocol, headers and body by value
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
$other = $i->v3->emulator->echo->get();   // another Request-ID, nonce, signature...

var_dump($r == $r, $r == clone $r, $r == $other);
var_dump($r == $r->withStatus(200), $r == $r->withStatus(201), $r == $r->withStatus(200, 'Fine'));
var_dump($r == $r->withProtocolVersion('2'), $r == $r->withHeader('X', 'y'), $r == $r->withBody($other->getBody()));
var_dump($r->withHeader('X', 'y') == $r->withHeader('x', 'y'), $r->withHeader('X', 'y') == $r->withHeader('X', 'y'));

$s = $r->getBody();
$c = clone $s;
var_dump($s == $c, $s == $other->getBody());
$c->read(1);
var_dump($s == $c);
$c->detach();
var_dump($s == $c);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
