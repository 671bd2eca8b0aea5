--TEST--
getDriver(): without Guzzle, getDriver() works and select() (and a call's 'handler') throw a LogicException naming what to install
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$i = WeChatPay\Builder::factory(wxp_test_config());
$d = $i->getDriver();
var_dump(class_exists('GuzzleHttp\Client'));
try { $d->select(); } catch (LogicException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $d->request('GET', 'v3/certificates'); } catch (LogicException $e) { echo get_class($e), "\n"; }
$p = $i->v3->certificates->getAsync(['handler' => fn () => null]);
$p->then(null, function ($e) { echo 'rejected: ', get_class($e), "\n"; });
try { $p->wait(); } catch (LogicException $e) { echo 'wait: ', get_class($e), "\n"; }
?>
--EXPECT--
bool(false)
LogicException: Guzzle middleware (getDriver()->select()) needs guzzlehttp/guzzle 7, which could not be loaded: `composer require guzzlehttp/guzzle:^7` (with Composer's autoloader included) or, on Debian, `apt install php-guzzlehttp-guzzle` and require '/usr/share/php/GuzzleHttp/autoload.php'; the chain's verbs need neither
LogicException
rejected: LogicException
wait: LogicException
