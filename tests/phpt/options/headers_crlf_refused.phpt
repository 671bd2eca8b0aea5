--TEST--
Options: a call header value containing CR, LF or NUL is refused before sending (no header injection)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach (["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b", ["ok", "bad\n"]] as $value) {
    try {
        $client->chain('v3/emulator/echo')->get(['headers' => ['X-Test' => $value]]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
WeChatPay\Exception\InvalidArgumentException: Option 'headers' value of X-Test must not contain CR, LF or NUL
int(0)
