--TEST--
Options: a {x} value of '..' is refused before sending (wechatpay-php climbs the path with it)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([
    fn () => $client->chain('v3/emulator/echo/{x}/error/500')->get(['x' => '..']),
    fn () => $client->v3->emulator->echo->_x_->get(['x' => '..']),
] as $call) {
    try {
        $call();
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Placeholder {x} cannot be '..': a dot segment would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {x} cannot be '..': a dot segment would change the path
int(0)
