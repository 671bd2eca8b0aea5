--TEST--
Options: a 'query' string that is not URL-encoded (space, non-ASCII, '#', control) or a 'query' of another type is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach (['a=x y', 'a=中', 'a=1#frag', "a=1\r\nX: y", 42] as $query) {
    try {
        $client->chain('v3/emulator/echo')->get(['query' => $query]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded
WeChatPay\Exception\InvalidArgumentException: Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded
WeChatPay\Exception\InvalidArgumentException: Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded
WeChatPay\Exception\InvalidArgumentException: Option 'query' as a string must already be URL-encoded (no spaces, controls, non-ASCII bytes or '#'); pass an array to have it encoded
WeChatPay\Exception\InvalidArgumentException: Option 'query' must be an array or a string, int given
int(0)
