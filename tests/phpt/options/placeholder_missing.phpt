--TEST--
Options: a placeholder with no value in the options is refused before sending (wechatpay-php sends an empty segment)
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
    fn () => $client->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->get(['code' => '1']),
    fn () => $client->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get(['card_id' => 'c']),
    fn () => $client->chain('v3/emulator/echo/{+rest}')->get(),
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
WeChatPay\Exception\InvalidArgumentException: Placeholder {card_id} has no value: pass 'card_id' in the options
WeChatPay\Exception\InvalidArgumentException: Placeholder {code} has no value: pass 'code' in the options
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} has no value: pass 'rest' in the options
int(0)
