--TEST--
Options: a 'progress' that is not callable is an InvalidArgumentException naming it, before anything is sent (thrown by a sync verb, the promise of an async one rejected with it); 'progress' in the factory config is refused, Guzzle would call it for every call
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
wxp_emulator_clear($emu);
foreach ([['progress' => 'not a function'], ['progress' => 5], ['progress' => [new stdClass(), 'nope']]] as $options) {
    try {
        $client->chain('v3/emulator/echo')->get($options);
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$client->chain('v3/emulator/echo')->postAsync(['json' => [], 'progress' => 'not a function'])
    ->then(null, function ($e) { echo 'async rejected: ', get_class($e), ': ', $e->getMessage(), "\n"; })->wait();
echo 'sent: ', count(wxp_emulator_requests($emu)), "\n";
try {
    WeChatPay\Builder::factory(wxp_config($emu, ['progress' => function () {}]));
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'progress' must be callable: function "not a function" not found or invalid function name
WeChatPay\Exception\InvalidArgumentException: Option 'progress' must be callable: no array or string given
WeChatPay\Exception\InvalidArgumentException: Option 'progress' must be callable: class stdClass does not have a method "nope"
async rejected: WeChatPay\Exception\InvalidArgumentException: Option 'progress' must be callable: function "not a function" not found or invalid function name
sent: 0
Config 'progress' (a Guzzle request option) is refused: Guzzle would call it for every call, pass 'progress' per call
