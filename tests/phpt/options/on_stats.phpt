--TEST--
Options: 'on_stats' is called once per transfer, from the loop, with WeChatPay\Http\TransferStats (Guzzle's accessors) on success, on a non-2xx and on a connection failure; what it throws fails the call (an async call's promise rejected with it); a non-callable is refused, so is a config 'on_stats'
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$show = function ($stats) {
    echo get_class($stats), ' ', $stats->hasResponse() ? $stats->getResponse()->getStatusCode() : 'no response',
        ' error=', var_export($stats->getHandlerErrorData(), true), ' time=', is_float($stats->getTransferTime()) ? 'float' : 'null',
        ' uri=', basename((string) $stats->getEffectiveUri()), ' code=', $stats->getHandlerStat('http_code'),
        ' stats=', count($stats->getHandlerStats()) > 5 ? 'yes' : 'no', ' missing=', var_export($stats->getHandlerStat('nope'), true),
        ' request=', var_export($stats->getRequest(), true), "\n";
};
echo $client->chain('v3/emulator/echo')->get(['on_stats' => $show])->getStatusCode(), "\n";
try {
    $client->chain('v3/emulator/error/404')->get(['on_stats' => $show]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), "\n";
}
try {
    $client->chain('v3/emulator/echo')->get(['on_stats' => $show, 'base_uri' => 'http://127.0.0.1:1/']);
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), "\n";
}
try {
    $client->chain('v3/emulator/echo')->get(['on_stats' => function () { throw new LogicException('from on_stats'); }]);
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$client->chain('v3/emulator/echo')->getAsync(['on_stats' => function () { throw new LogicException('async on_stats'); }])
    ->then(null, function ($e) { echo 'rejected: ', $e->getMessage(), "\n"; })->wait();
$calls = 0;
$client->chain('v3/emulator/echo')->getAsync(['on_stats' => function () use (&$calls) { $calls++; }])->wait();
var_dump($calls);
foreach ([['on_stats' => 'no_such_function'], ['on_stats' => 5]] as $options) {
    try {
        $client->chain('v3/emulator/echo')->get($options);
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    WeChatPay\Builder::factory(wxp_config($emu, ['on_stats' => $show]));
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
WeChatPay\Http\TransferStats 200 error=0 time=float uri=echo code=200 stats=yes missing=NULL request=NULL
200
WeChatPay\Http\TransferStats 404 error=0 time=float uri=404 code=404 stats=yes missing=NULL request=NULL
WeChatPay\Exception\Own\ClientException
WeChatPay\Http\TransferStats no response error=7 time=float uri=echo code=0 stats=yes missing=NULL request=NULL
WeChatPay\Exception\Own\ConnectException
LogicException: from on_stats
rejected: async on_stats
int(1)
Option 'on_stats' must be callable: function "no_such_function" not found or invalid function name
Option 'on_stats' must be callable: no array or string given
Config 'on_stats' (a Guzzle request option) is refused: Guzzle would call it for every call, pass 'on_stats' per call
