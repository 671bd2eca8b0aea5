--TEST--
Re-entry: the autoloader that declares the PSR-7 interfaces at the first response cancels the very promise being settled; the settle that was under way leaves it cancelled (no use-after-free, no double free), and later calls work
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$victim = null;
spl_autoload_register(static function (string $class) use (&$victim) {
    if ($victim !== null) {
        echo "autoload $class: cancelling the promise being settled\n";
        $victim->cancel();
        $victim = null;
    }
});
$victim = $promise = $api->chain('v3/emulator/echo')->getAsync();
try {
    $promise->wait();
    echo "wait returned: must not happen\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo $promise->getState(), "\n";
echo $api->chain('v3/emulator/echo')->getAsync()->wait()->getStatusCode(), "\n";
echo $api->chain('v3/emulator/echo')->get()->getStatusCode(), "\n";
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface: cancelling the promise being settled
WeChatPay\Exception\Own\CancellationException: The promise was cancelled
rejected
200
200
