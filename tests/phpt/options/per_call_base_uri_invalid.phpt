--TEST--
Options: an invalid per-call 'base_uri' (not absolute http(s), CR/LF, not a string) is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach (['ftp://127.0.0.1/', '/relative/only', "http://127.0.0.1:{$emu['port']}/\r\nX: y", 42] as $base) {
    try {
        $client->chain('v3/emulator/echo')->get(['base_uri' => $base]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'base_uri' must be an absolute http:// or https:// URL, got 'ftp://127.0.0.1/'
WeChatPay\Exception\InvalidArgumentException: Option 'base_uri' must be an absolute http:// or https:// URL, got '/relative/only'
WeChatPay\Exception\InvalidArgumentException: Option 'base_uri' must not contain CR, LF or NUL
WeChatPay\Exception\InvalidArgumentException: Option 'base_uri' must be a string, int given
int(0)
