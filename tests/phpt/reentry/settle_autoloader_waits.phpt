--TEST--
Re-entry: an autoloader run while the first response is made waits on another call (async, then a sync one): that nested call fails with a clear RequestException instead of declaring the bridge classes twice, and the outer call gets its response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$api = WeChatPay\Builder::factory(wxp_config($emu));
// The echo is sent first: a php -S process may accept both connections and serve them in turn, and the echo
// must be answered (and its response made, running the autoloader) while the slow call is still running.
$echo = $api->chain('v3/emulator/echo')->getAsync();
$other = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 3000]);
$once = false;
spl_autoload_register(static function (string $class) use (&$once, $api, $other) {
    if ($once) {
        return;
    }
    $once = true;
    echo "autoload $class\n";
    foreach (['async' => static fn() => $other->wait(), 'sync' => static fn() => $api->chain('v3/emulator/echo')->get()] as $how => $call) {
        try {
            $call();
            echo "$how: must not succeed\n";
        } catch (WeChatPay\Exception\RequestException $e) {
            echo "$how: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
});
$response = $echo->wait();
echo get_class($response), ' ', $response->getStatusCode(), "\n";
echo $other->getState(), "\n";
echo $api->chain('v3/emulator/echo')->get()->getStatusCode(), "\n";
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface
async: WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses while the PSR-7 interfaces are being loaded: a class loader made or waited on a WeChat Pay call
sync: WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses while the PSR-7 interfaces are being loaded: a class loader made or waited on a WeChat Pay call
WeChatPay\Http\Response 200
rejected
200
