--TEST--
getDriver(): while the app leaves the stack as select() built it, the verbs keep their own path; once it changes it, they go through it (needs the signer/verifier middleware)
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
$stack = $i->getDriver()->select()->getConfig('handler');
echo $i->v3->emulator->echo->get()->getStatusCode(), "\n";
$seen = 0;
$stack->push(GuzzleHttp\Middleware::mapRequest(function ($r) use (&$seen) { $seen++; return $r; }), 'counter'); // not 'count': remove() takes a callable name (a PHP function) as the callable itself
echo $i->v3->emulator->echo->get()->getStatusCode(), ' ', $seen, "\n";
$stack->remove('counter');
echo $i->v3->emulator->echo->get()->getStatusCode(), ' ', $seen, "\n";
$log = wxp_emulator_requests($emu);
echo count($log), ' ', implode(' ', array_map(fn ($e) => $e['auth'] ? 'auth' : 'no-auth', $log)), "\n";
?>
--EXPECT--
200
200 1
200 1
3 auth auth auth
