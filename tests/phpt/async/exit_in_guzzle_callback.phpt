--TEST--
Exit: exit() inside a Guzzle then() callback that our wait() runs (from Guzzle's task queue; our promise adopts the Guzzle promise) ends the script there, as exit() in our own callbacks does
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
register_shutdown_function(static function () { echo "shutdown function\n"; });

// Both go through Guzzle's task queue, which our wait() runs: first the exiting callback, then the one
// that would resolve our promise. (Settled Guzzle promises: no promise cycle is left when the script ends.)
$exiting = GuzzleHttp\Promise\Create::promiseFor('x')
    ->then(static function ($v) { echo "guzzle callback($v), exiting\n"; exit(0); });
$ours = new WeChatPay\Promise();
$ours->resolve(GuzzleHttp\Promise\Create::promiseFor('y'));
try {
    var_dump($ours->wait(false));
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "end of script: must not run\n";
?>
--EXPECT--
guzzle callback(x), exiting
shutdown function
