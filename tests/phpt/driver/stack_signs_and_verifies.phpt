--TEST--
getDriver(): through the stack, the extension's signer signs (the emulator verifies it) and its verifier refuses an answer whose signature is bad (needs the real signer/verifier middleware, ext/client/middleware.c)
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
$c = $i->getDriver()->select();
$r = $c->request('POST', 'v3/emulator/echo', ['json' => ['a' => 1]]);
echo $r->getStatusCode(), "\n";
try { $c->request('GET', 'v3/emulator/fault/bad-signature'); }
catch (WeChatPay\Exception\VerificationException $e) { echo 'VerificationException ', $e->getResponse()->getStatusCode(), "\n"; }
$p = $c->requestAsync('GET', 'v3/emulator/fault/unknown-serial')->then(null, fn ($e) => get_class($e));
echo $p->wait() instanceof Throwable ? '' : 'rejected', "\n";
$log = wxp_emulator_requests($emu);
echo count($log), ' ', $log[0]['auth'] ? 'auth' : $log[0]['auth_error'], "\n";
?>
--EXPECT--
200
VerificationException 200
rejected
3 auth
