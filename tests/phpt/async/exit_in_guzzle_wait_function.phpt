--TEST--
Exit: exit() inside the wait function of a Guzzle promise our promise adopted (called by our wait()) ends the script there
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
register_shutdown_function(static function () { echo "shutdown function\n"; });

$guzzle = new GuzzleHttp\Promise\Promise(static function () use (&$guzzle) {
    $guzzle->resolve('resolved before exiting');
    echo "guzzle wait function, exiting\n";
    exit(0);
});
$ours = new WeChatPay\Promise();
$ours->resolve($guzzle);
try {
    var_dump($ours->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "end of script: must not run\n";
?>
--EXPECT--
guzzle wait function, exiting
shutdown function
