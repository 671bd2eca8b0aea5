--TEST--
Guzzle loaded: a class loader run while a failure's classes are looked up may make a failing call (it gets our own class, the outer failure Guzzle's) or throw (the failure is our own class with the thrown exception as its previous; the next failure looks again)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$mode = 'throw';
// Ahead of Guzzle's loader, which the nested call and the retries reach.
spl_autoload_register(static function (string $class) use (&$mode, $client) {
    if ($class !== 'GuzzleHttp\Exception\RequestException' || $mode === 'pass') {
        return;
    }
    if ($mode === 'throw') {
        $mode = 'pass';
        throw new LogicException("loader of $class failed");
    }
    $mode = 'pass';
    try {
        $client->chain('v3/emulator/error/{status}')->get(['status' => 500]);
    } catch (RuntimeException $e) {
        echo 'nested: ', get_class($e), "\n";
    }
});
require '/usr/share/php/GuzzleHttp/autoload.php';
$client->chain('v3/emulator/echo')->get(); // the PSR-7 bridge loads before any failure

try {
    $client->chain('v3/emulator/error/{status}')->get(['status' => 400]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo 'thrown: ', get_class($e), ' previous: ', get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
}
$mode = 'call';
try {
    $client->chain('v3/emulator/error/{status}')->get(['status' => 404]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo 'outer: ', get_class($e), ' ', var_export($e->getPrevious(), true), "\n";
}
$reason = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 503])->otherwise(fn($e) => $e)->wait();
echo 'async: ', get_class($reason), "\n";
?>
--EXPECT--
thrown: WeChatPay\Exception\Own\ClientException previous: LogicException: loader of GuzzleHttp\Exception\RequestException failed
nested: WeChatPay\Exception\Own\ServerException
outer: WeChatPay\Exception\Guzzle\ClientException NULL
async: WeChatPay\Exception\Guzzle\ServerException
