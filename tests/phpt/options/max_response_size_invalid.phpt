--TEST--
Options: 'max_response_size' must be an integer of at least 1024 bytes, in the config and per call (sync thrown, async rejected); anything else is refused naming it, before anything is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([0, 1023, -1, '1048576', 1.5e6, null, true] as $value) {
    try {
        WeChatPay\Builder::factory(wxp_config($emu, ['max_response_size' => $value]));
        echo "built\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $api->chain('v3/emulator/echo')->get(['max_response_size' => $value]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
    $state = $api->chain('v3/emulator/echo')->getAsync(['max_response_size' => $value])->then(null, fn($e) => get_class($e))->wait();
    echo $state, "\n";
}
// The smallest accepted: enough for an answer's header lines.
var_dump($api->chain('v3/emulator/fault/empty-204')->get(['max_response_size' => 1024])->getStatusCode());
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
Config 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), 0 given
Option 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), 0 given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), 1023 given
Option 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), 1023 given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), -1 given
Option 'max_response_size' must be at least 1024 bytes (the default is 67108864, 64 MiB), -1 given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be an integer number of bytes, string given
Option 'max_response_size' must be an integer number of bytes, string given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be an integer number of bytes, float given
Option 'max_response_size' must be an integer number of bytes, float given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be an integer number of bytes, null given
Option 'max_response_size' must be an integer number of bytes, null given
WeChatPay\Exception\InvalidArgumentException
Config 'max_response_size' must be an integer number of bytes, bool given
Option 'max_response_size' must be an integer number of bytes, bool given
WeChatPay\Exception\InvalidArgumentException
int(204)
int(1)
