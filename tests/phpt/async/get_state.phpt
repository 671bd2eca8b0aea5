--TEST--
Promise: the PENDING/FULFILLED/REJECTED constants, and getState() through the life of HTTP promises and of new Promise()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
use WeChatPay\Promise;
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

var_dump(Promise::PENDING, Promise::FULFILLED, Promise::REJECTED);

$ok = $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 100]);
$ko = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 503]);
var_dump($ok->getState() === Promise::PENDING, $ko->getState() === Promise::PENDING);
$ok->wait(false);
$ko->wait(false);
var_dump($ok->getState() === Promise::FULFILLED, $ko->getState() === Promise::REJECTED);

$p = new Promise();
var_dump($p->getState());
$p->resolve(1);
var_dump($p->getState());
$p = new Promise();
$p->reject(1);
var_dump($p->getState());
?>
--EXPECT--
string(7) "pending"
string(9) "fulfilled"
string(8) "rejected"
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "pending"
string(9) "fulfilled"
string(8) "rejected"
