--TEST--
Options: an invalid per-call 'timeout' or 'connect_timeout' (0, negative, not a number) is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([['timeout' => 0], ['timeout' => -1], ['timeout' => 'x'], ['timeout' => '5'], ['timeout' => NAN],
          ['connect_timeout' => 0.0], ['connect_timeout' => null]] as $options) {
    try {
        $client->chain('v3/emulator/echo')->get($options);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be more than 0 and at most 86400 seconds
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be more than 0 and at most 86400 seconds
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be a number of seconds (int or float), string given
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be a number of seconds (int or float), string given
WeChatPay\Exception\InvalidArgumentException: Option 'timeout' must be more than 0 and at most 86400 seconds
WeChatPay\Exception\InvalidArgumentException: Option 'connect_timeout' must be more than 0 and at most 86400 seconds
WeChatPay\Exception\InvalidArgumentException: Option 'connect_timeout' must be a number of seconds (int or float), null given
int(0)
