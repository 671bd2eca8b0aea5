--TEST--
Options: a placeholder whose value is an array is refused before sending, naming the placeholder
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach (['v3/emulator/echo/{card_id}', 'v3/emulator/echo/{+card_id}'] as $template) {
    try {
        $client->chain($template)->get(['card_id' => ['a', 'b']]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} must be a string or an integer, array given
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} must be a string or an integer, array given
int(0)
