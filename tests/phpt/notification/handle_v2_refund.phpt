--TEST--
Notification::handleV2(): the APIv2 refund notice, req_info decrypted (AES-256-ECB, md5 of the secret) and parsed in place; return_code, missing req_info, another key and non-XML refused
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);

$cb = wxp_callback($emu, 'v2_refund');
$notice = WeChatPay\Notification::handleV2($client, $cb['body']);
var_dump(array_keys($notice));
var_dump($notice['req_info'] === $cb['expected']['req_info']);
var_dump(array_diff_key($notice, ['req_info' => 1]) === $cb['expected']['notice']);
var_dump($notice['return_code'], $notice['req_info']['refund_status'], $notice['req_info']['refund_recv_accout']);

// an APIv2-only client (placeholder APIv3 keys, as README_APIv2 configures one) opens it too
$v2only = WeChatPay\Builder::factory(['mchid' => $emu['keys']['mchid'], 'serial' => 'nop', 'privateKey' => 'any',
    'certs' => ['any' => null], 'secret' => wxp_v2_keys()['secret'], 'base_uri' => $emu['base_uri']]);
var_dump(WeChatPay\Notification::handleV2($v2only, $cb['body'])['req_info'] === $cb['expected']['req_info']);

foreach (['v2_fail', 'v2_other_key', 'v2_not_xml'] as $kind) {
    echo "$kind: ";
    wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, wxp_callback($emu, $kind)['body']));
}
echo "not XML: ";
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, '{"return_code":"SUCCESS"}'));
echo "empty: ";
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, ''));
echo "no req_info: ";
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, '<xml><return_code>SUCCESS</return_code></xml>'));
echo "no return_code: ";
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, '<xml><req_info>AAAA</req_info></xml>'));
echo "req_info cut (15 bytes): ";
$cut = preg_replace('~<req_info><!\[CDATA\[(.*?)\]\]>~', '<req_info><![CDATA[AAAAAAAAAAAAAAAAAAAA]]>', $cb['body']);
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client, $cut));
echo "no error_get_last() left: ";
var_dump(error_get_last());
?>
--EXPECT--
array(5) {
  [0]=>
  string(11) "return_code"
  [1]=>
  string(5) "appid"
  [2]=>
  string(6) "mch_id"
  [3]=>
  string(9) "nonce_str"
  [4]=>
  string(8) "req_info"
}
bool(true)
bool(true)
string(7) "SUCCESS"
string(7) "SUCCESS"
string(25) "招商银行信用卡0403"
bool(true)
v2_fail: WeChatPay\Exception\NotificationException(9): Notification refused: its return_code is FAIL, not SUCCESS (return_msg: SYSTEMERROR)
v2_other_key: WeChatPay\Exception\NotificationException(7): Notification refused: its req_info does not decrypt with md5 of the configured secret (the padding is wrong: another key, or a damaged req_info)
v2_not_xml: WeChatPay\Exception\NotificationException(8): Notification refused: its decrypted req_info is not XML
not XML: WeChatPay\Exception\NotificationException(6): Notification refused: its body is not the XML of an APIv2 notice
empty: WeChatPay\Exception\NotificationException(6): Notification refused: its body is not the XML of an APIv2 notice
no req_info: WeChatPay\Exception\NotificationException(6): Notification refused: its req_info is missing or empty (a refund notice carries its fields there)
no return_code: WeChatPay\Exception\NotificationException(9): Notification refused: its return_code is missing, not SUCCESS (return_msg: none)
req_info cut (15 bytes): WeChatPay\Exception\NotificationException(7): Notification refused: its req_info does not decrypt with md5 of the configured secret (the padding is wrong: another key, or a damaged req_info)
no error_get_last() left: NULL
