--TEST--
Notification::handle(): nothing is parsed or decrypted before the signature holds (a failing signature wins over a bad body, a wrong key or a bad tag; serial before signature; clock before serial)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);
$wrongKey = wxp_notification_client($emu, ['apiv3Key' => str_repeat('k', 32)]);
$code = function ($c, array $headers, string $body) {
    try {
        WeChatPay\Notification::handle($c, $headers, $body);
        return 'returned';
    } catch (WeChatPay\Exception\NotificationException $e) {
        return $e->getCode();
    }
};
$E = WeChatPay\Exception\NotificationException::class;

$good = wxp_callback($emu, 'good');
// the good callback under the wrong key: decryption fails, once verified
var_dump($code($wrongKey, $good['headers'], $good['body']) === $E::DECRYPTION);
// the same key, a body changed: the signature fails first, whatever the body holds
var_dump($code($wrongKey, $good['headers'], $good['body'] . ' ') === $E::SIGNATURE);
var_dump($code($client, $good['headers'], 'not json') === $E::SIGNATURE);
var_dump($code($client, $good['headers'], '{"resource":{"ciphertext":"AAAA","nonce":"n"}}') === $E::SIGNATURE);
$badTag = wxp_callback($emu, 'bad_tag');
var_dump($code($client, $badTag['headers'], $badTag['body']) === $E::DECRYPTION);
var_dump($code($client, $badTag['headers'], str_replace('SUCCESS', 'SUCCESS!', $badTag['body'])) === $E::SIGNATURE);
// a stale callback with an unknown serial: the clock is checked first, then the serial, then the signature
$stale = wxp_callback($emu, 'stale');
var_dump($code($client, ['Wechatpay-Serial' => 'NOPE'] + $stale['headers'], 'x') === $E::TIMESTAMP);
var_dump($code($client, ['Wechatpay-Serial' => 'NOPE'] + $good['headers'], 'x') === $E::SERIAL);
// a SIGNTEST probe is refused as such even over a body it does not sign
$probe = wxp_callback($emu, 'signtest');
var_dump($code($client, $probe['headers'], 'anything') === $E::SIGNTEST);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
