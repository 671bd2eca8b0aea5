--TEST--
A call libcurl refuses to set up (here a URL over libcurl's 8 MB input limit) fails the same way sync and async: a RequestException saying the transfer could not start, nothing sent (async: the promise is rejected at once)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$query = ['x' => str_repeat('a', 8 * 1024 * 1024 + 10)];
$show = static function (Throwable $e): void {
    echo get_class($e), ' ', $e->getCode(), ': ', substr($e->getMessage(), 0, 33), ' ... ', substr($e->getMessage(), -76), "\n";
};
try {
    $api->chain('v3/emulator/echo')->get(['query' => $query]);
} catch (Throwable $e) {
    $show($e);
}
$promise = $api->chain('v3/emulator/echo')->getAsync(['query' => $query]);
echo $promise->getState(), "\n";
try {
    $promise->wait();
} catch (Throwable $e) {
    $show($e);
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\Own\RequestException 0: Cannot start the HTTP transfer of ... Cannot set up the HTTP transfer: A libcurl function was given a bad argument
rejected
WeChatPay\Exception\Own\RequestException 0: Cannot start the HTTP transfer of ... Cannot set up the HTTP transfer: A libcurl function was given a bad argument
int(0)
