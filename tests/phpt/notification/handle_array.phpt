--TEST--
Notification::handle(): an array of headers (any case, strings or lists) and the raw body give the decrypted resource; platform certificate and public-key mode
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);

$cb = wxp_callback($emu, 'good');
$resource = WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']);
var_dump($resource === $cb['expected'], $resource['trade_state'], $resource['amount']['total']);

// names in any case, values as lists (PSR-7's getHeaders() shape), other headers ignored
$lower = [];
foreach ($cb['headers'] as $name => $value) {
    $lower[strtolower($name)] = [$value];
}
var_dump(WeChatPay\Notification::handle($client, $lower + ['X-Other' => ['a', 'b'], 7 => 'numeric'], $cb['body']) === $cb['expected']);
$upper = array_combine(array_map('strtoupper', array_keys($cb['headers'])), $cb['headers']);
var_dump(WeChatPay\Notification::handle($client, $upper, $cb['body']) === $cb['expected']);

// a callback signed in public-key mode (Wechatpay-Serial: PUB_KEY_ID_...)
$cb = wxp_callback($emu, 'pubkey', 'event=REFUND.SUCCESS');
var_dump(str_starts_with($cb['headers']['Wechatpay-Serial'], 'PUB_KEY_ID_'));
var_dump(WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']) === $cb['expected']);
// the envelope, verified by then, is the body's JSON
var_dump(json_decode($cb['body'], true)['event_type']);

// a client with only the public key opens it; one with only the platform certificate refuses it
$k = $emu['keys'];
$only = wxp_notification_client($emu, ['certs' => [$k['pubkey_id'] => file_get_contents($k['pubkey_public_key'])]]);
var_dump(WeChatPay\Notification::handle($only, $cb['headers'], $cb['body']) === $cb['expected']);
$platform = wxp_notification_client($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['platform_cert']]]);
wxp_show_refusal(fn() => WeChatPay\Notification::handle($platform, $cb['headers'], $cb['body']));

// any chain node of the client will do
var_dump(WeChatPay\Notification::handle($client->v3->pay, $cb['headers'], $cb['body']) === $cb['expected']);
?>
--EXPECTF--
bool(true)
string(7) "SUCCESS"
int(100)
bool(true)
bool(true)
bool(true)
bool(true)
string(14) "REFUND.SUCCESS"
bool(true)
WeChatPay\Exception\NotificationException(3): Notification refused: its Wechatpay-Serial (PUB_KEY_ID_0114232134912410000000000000) names no platform certificate or public key of the client's certs (it has: %s)
bool(true)
