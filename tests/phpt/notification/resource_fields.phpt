--TEST--
Notification::handle(): the resource's fields, once the signature holds: associated_data may be absent (empty); ciphertext and nonce must be strings, algorithm AEAD_AES_256_GCM, the ciphertext at least a tag long
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);

$cb = wxp_callback($emu, 'no_associated_data');
var_dump(array_key_exists('associated_data', json_decode($cb['body'], true)['resource']));
var_dump(WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']) === $cb['expected']);
foreach (['no_ciphertext', 'nonce_not_string', 'other_algorithm', 'short_ciphertext'] as $kind) {
    echo "$kind: ";
    $cb = wxp_callback($emu, $kind);
    wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $cb['headers'], $cb['body']));
}
?>
--EXPECT--
bool(false)
bool(true)
no_ciphertext: WeChatPay\Exception\NotificationException(6): Notification refused: its resource.ciphertext is missing, not a string
nonce_not_string: WeChatPay\Exception\NotificationException(6): Notification refused: its resource.nonce is int, not a string
other_algorithm: WeChatPay\Exception\NotificationException(6): Notification refused: its resource.algorithm is AEAD_SM4_GCM, not AEAD_AES_256_GCM
short_ciphertext: WeChatPay\Exception\NotificationException(6): Notification refused: its resource.ciphertext holds 12 bytes, fewer than the 16 of the GCM tag
