--TEST--
getDriver(): a Guzzle client the app kept after its tree was freed rejects with a clear exception, sending nothing (needs the signer/verifier middleware to build the stack)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/driver.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$i = WeChatPay\Builder::factory(wxp_config($emu));
$stack = wxp_driver_test_stack($i, $emu);
$c = $i->getDriver()->select();
unset($i, $stack);
$before = WeChatPay\Pool::stats()['transfers'];
try { $c->request('GET', 'v3/emulator/echo'); } catch (WeChatPay\Exception\WeChatPayException $e) { echo $e->getMessage(), "\n"; }
echo WeChatPay\Pool::stats()['transfers'] - $before, "\n";
?>
--EXPECT--
The wechatpay client this Guzzle handler sends for is gone (its Builder::factory() tree was freed); nothing was sent
0
