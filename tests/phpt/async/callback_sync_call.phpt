--TEST--
Async: a callback may make a sync call (on the same engine) while other async transfers are in flight; every one of them completes with its own answer
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');
$body = static fn($response): string => (string) $response->getBody();

$background = [$slow->getAsync(['ms' => 200]), $slow->getAsync(['ms' => 400])];
$first = $slow->getAsync(['ms' => 50])->then(static function ($r) use ($client, $body) {
    $sync = $client->chain('v3/emulator/echo/{id}')->post(['id' => 'sync-in-callback', 'json' => ['n' => 1]]);
    $card = $client['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->get(['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665']);
    return [$body($r), json_decode($body($sync), true)['request_uri'], json_decode($body($card), true)['membership_number']];
});
var_dump($first->wait());
var_dump($body($background[0]->wait()), $body($background[1]->wait()));
?>
--EXPECT--
array(3) {
  [0]=>
  string(12) "{"slept":50}"
  [1]=>
  string(34) "/v3/emulator/echo/sync-in-callback"
  [2]=>
  string(12) "002883647040"
}
string(13) "{"slept":200}"
string(13) "{"slept":400}"
