--TEST--
Options: a header name that is not an HTTP token (space, colon, CR/LF, empty, integer key) is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([['Bad Name' => 'v'], ['X:Y' => 'v'], ["X-A\r\nX-B" => 'v'], ['' => 'v'], ["X-\xe4\xb8\xad" => 'v'], ['v']] as $headers) {
    try {
        $client->chain('v3/emulator/echo')->get(['headers' => $headers]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
WeChatPay\Exception\InvalidArgumentException: Option 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF
WeChatPay\Exception\InvalidArgumentException: Option 'headers' must be keyed by header name, integer key 0 given
int(0)
