--TEST--
Guzzle interop: one Guzzle promise adopted by two of our promises (resolve() twice, or resolve() and Promise::all()) can still be waited through the second after the first settled another way (cancel()/reject())
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';

$guzzle = new GuzzleHttp\Promise\Promise(static function () use (&$guzzle) { $guzzle->resolve('from its wait function'); });
$first = new WeChatPay\Promise();
$second = new WeChatPay\Promise();
$first->resolve($guzzle);
$second->resolve($guzzle);
$first->cancel();
var_dump($first->getState());
try {
    var_dump($second->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$other = new GuzzleHttp\Promise\Promise(static function () use (&$other) { $other->resolve('other'); });
$adopter = new WeChatPay\Promise();
$adopter->resolve($other);
$all = WeChatPay\Promise::all(['k' => $other]);
$adopter->reject('changed my mind');
try {
    var_dump($all->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
unset($guzzle, $first, $second, $other, $adopter, $all);
gc_collect_cycles();
?>
--EXPECT--
string(8) "rejected"
string(22) "from its wait function"
array(1) {
  ["k"]=>
  string(5) "other"
}
