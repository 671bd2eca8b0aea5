--TEST--
guzzlehttp/promises loaded: wait() on a promise rejected with a non-Throwable reason throws a GuzzleHttp\Promise\RejectionException that is our WeChatPay\Exception\RejectionException too (getReason(), our message); a Throwable reason is thrown as is; without the package, our own class
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
$wait = static function ($reason): void {
    $p = new WeChatPay\Promise();
    $p->reject($reason);
    try {
        $p->wait();
    } catch (WeChatPay\Exception\RejectionException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        var_dump($e instanceof GuzzleHttp\Promise\RejectionException, $e instanceof RuntimeException, $e->getReason());
    } catch (Throwable $e) {
        echo 'as is: ', get_class($e), "\n";
    }
};
$wait('before');                  // no autoloader yet: our own class
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
$wait('after');
$wait(['a' => 1]);
$wait(new LogicException('x'));
// Guzzle's own code catches it by its name.
$p = new WeChatPay\Promise();
$p->reject(42);
try {
    GuzzleHttp\Promise\Utils::all([$p])->wait();
} catch (GuzzleHttp\Promise\RejectionException $e) {
    echo 'Guzzle caught ', get_class($e), ' ', $e->getReason(), "\n";
}
?>
--EXPECT--
WeChatPay\Exception\Own\RejectionException: The promise was rejected with reason: before
bool(false)
bool(true)
string(6) "before"
WeChatPay\Exception\Guzzle\RejectionException: The promise was rejected with reason: after
bool(true)
bool(true)
string(5) "after"
WeChatPay\Exception\Guzzle\RejectionException: The promise was rejected with a reason of type array
bool(true)
bool(true)
array(1) {
  ["a"]=>
  int(1)
}
as is: LogicException
Guzzle caught WeChatPay\Exception\Guzzle\RejectionException 42
