--TEST--
Guzzle interop: the first promise of a request looks PromiseInterface up through the app's autoloader, once; a promise the autoloader makes meanwhile gets the base class, never a half-declared one
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!is_file('/usr/share/php/GuzzleHttp/Promise/PromiseInterface.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
$nested = null;
$autoloads = 0;
spl_autoload_register(static function ($class) use (&$nested, &$autoloads) {
    if ($class === 'GuzzleHttp\Promise\PromiseInterface') {
        $autoloads++;
        $nested = new WeChatPay\Promise();
        $nested->then(); // its own then() too
        require '/usr/share/php/GuzzleHttp/Promise/PromiseInterface.php';
    }
});
$p = new WeChatPay\Promise();
var_dump(get_class($p), get_class($nested), get_class($nested->then()), get_class($p->then()), $autoloads);
?>
--EXPECT--
string(31) "WeChatPay\Promise\GuzzlePromise"
string(17) "WeChatPay\Promise"
string(31) "WeChatPay\Promise\GuzzlePromise"
string(31) "WeChatPay\Promise\GuzzlePromise"
int(1)
