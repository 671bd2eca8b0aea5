--TEST--
Options: a config header value containing CR or LF is refused by the factory, naming 'headers'; nothing is ever sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();

try {
    WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['X-Test' => "a\r\nX-Injected: 1"]]));
    echo "built\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Config 'headers' value of X-Test must not contain CR, LF or NUL
int(0)
