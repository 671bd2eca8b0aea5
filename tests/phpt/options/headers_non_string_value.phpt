--TEST--
Options: a header value that is not a string or an integer (float, bool, null, object, nested array) is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([1.5, true, null, new stdClass(), [['nested']]] as $value) {
    try {
        $client->chain('v3/emulator/echo')->get(['headers' => ['X-A' => $value]]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    $client->chain('v3/emulator/echo')->get(['headers' => 'X-A: 1']);
    echo "sent\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, float given
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, bool given
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, null given
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, stdClass given
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-A must be a string or an integer, array given
WeChatPay\Exception\InvalidArgumentException: Option 'headers' must be an array of name => value, string given
int(0)
