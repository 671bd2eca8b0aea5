--TEST--
The three call styles send byte-identical request targets, and every request is signed anew
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$instance = WeChatPay\Builder::factory(wxp_config($emu));
$args = ['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665'];

$instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get($args);
$instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->get($args);
$instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->get($args);

$seen = wxp_emulator_requests($emu);
$nonces = [];
foreach ($seen as $request) {
    echo $request['method'], ' ', $request['request_uri'], "\n";
    preg_match('/nonce_str="([^"]+)"/', $request['headers']['authorization'], $m);
    $nonces[] = $m[1];
}
var_dump(count(array_unique($nonces)));
?>
--EXPECT--
GET /v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665
GET /v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665
GET /v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665
int(3)
