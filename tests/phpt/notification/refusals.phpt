--TEST--
Notification::handle(): each failure its NotificationException code and a message naming what failed (headers, stale, SIGNTEST, serial, signature, body, tag, plaintext)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);
$handle = fn(array $cb) => fn() => WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']);

$good = wxp_callback($emu, 'good');
foreach (['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'] as $name) {
    $cb = $good;
    unset($cb['headers'][$name]);
    echo "without $name: ";
    wxp_show_refusal($handle($cb));
}
foreach (['stale', 'signtest', 'unknown_serial', 'tampered', 'bad_tag', 'other_key', 'not_json', 'no_resource', 'plaintext_not_json'] as $kind) {
    echo "$kind: ";
    wxp_show_refusal($handle(wxp_callback($emu, $kind)));
}

// made by hand from a good one
$edit = function (callable $change) use ($good) {
    $cb = $good;
    $change($cb);
    return $cb;
};
echo "timestamp not digits: ";
wxp_show_refusal($handle($edit(function (&$cb) { $cb['headers']['Wechatpay-Timestamp'] .= 'x'; })));
echo "signature garbage: ";
wxp_show_refusal($handle($edit(function (&$cb) { $cb['headers']['Wechatpay-Signature'] = 'not base64 at all'; })));
echo "nonce changed: ";
wxp_show_refusal($handle($edit(function (&$cb) { $cb['headers']['Wechatpay-Nonce'] .= 'x'; })));
echo "body with a trailing newline: ";
wxp_show_refusal($handle($edit(function (&$cb) { $cb['body'] .= "\n"; })));
echo "header given twice: ";
wxp_show_refusal($handle($edit(function (&$cb) { $cb['headers']['wechatpay-nonce'] = 'second'; })));

// the classes: one family, caught as the package's users catch
$e = null;
try {
    WeChatPay\Notification::handle($client, wxp_callback($emu, 'tampered')['headers'], '{}');
} catch (WeChatPay\Exception\WeChatPayException $e) {
}
var_dump($e instanceof UnexpectedValueException, $e instanceof RuntimeException, $e->getCode() === WeChatPay\Exception\NotificationException::SIGNATURE);
?>
--EXPECTF--
without Wechatpay-Timestamp: WeChatPay\Exception\NotificationException(1): Notification refused: the Wechatpay-Timestamp header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)
without Wechatpay-Nonce: WeChatPay\Exception\NotificationException(1): Notification refused: the Wechatpay-Nonce header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)
without Wechatpay-Signature: WeChatPay\Exception\NotificationException(1): Notification refused: the Wechatpay-Signature header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)
without Wechatpay-Serial: WeChatPay\Exception\NotificationException(1): Notification refused: the Wechatpay-Serial header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)
stale: WeChatPay\Exception\NotificationException(2): Notification refused: its Wechatpay-Timestamp (%d) is not within 300 seconds of the local clock (%d): stale, replayed, or a clock that is off
signtest: WeChatPay\Exception\NotificationException(4): Notification refused: its Wechatpay-Signature is a WeChat Pay signature probe (WECHATPAY/SIGNTEST/...), which is never a genuine notification
unknown_serial: WeChatPay\Exception\NotificationException(3): Notification refused: its Wechatpay-Serial (5157F09EFDC096DE15EBE81A47057A7232F1B8E1) names no platform certificate or public key of the client's certs (it has: %s,PUB_KEY_ID_0114232134912410000000000000,%s)
tampered: WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
bad_tag: WeChatPay\Exception\NotificationException(7): Notification refused: its resource does not decrypt with the configured apiv3Key (the GCM tag does not verify: another key, or a tampered ciphertext, nonce or associated_data)
other_key: WeChatPay\Exception\NotificationException(7): Notification refused: its resource does not decrypt with the configured apiv3Key (the GCM tag does not verify: another key, or a tampered ciphertext, nonce or associated_data)
not_json: WeChatPay\Exception\NotificationException(6): Notification refused: its body is not a JSON object
no_resource: WeChatPay\Exception\NotificationException(6): Notification refused: its body has no resource object
plaintext_not_json: WeChatPay\Exception\NotificationException(8): Notification refused: its decrypted resource is not a JSON object
timestamp not digits: WeChatPay\Exception\NotificationException(2): Notification refused: its Wechatpay-Timestamp (%dx) is not within 300 seconds of the local clock (%d): stale, replayed, or a clock that is off
signature garbage: WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
nonce changed: WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
body with a trailing newline: WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
header given twice: WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
bool(true)
bool(true)
bool(true)
