--TEST--
Notification: the README's example next to the package's callback recipe (回调通知, README_APIv2's refund notice), both run on the emulator's callbacks, agree
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
use WeChatPay\Crypto\Rsa;
use WeChatPay\Crypto\AesGcm;
use WeChatPay\Crypto\AesEcb;
use WeChatPay\Crypto\Hash;
use WeChatPay\Formatter;
use WeChatPay\Transformer;

$emu = wxp_emulator_start();
$k = $emu['keys'];
$apiv3Key = $k['apiv3_key'];
$apiv2Key = wxp_v2_keys()['secret'];
$instance = WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => $apiv3Key, 'secret' => $apiv2Key]));

$cb = wxp_callback($emu, 'good');
$inWechatpaySignature = $cb['headers']['Wechatpay-Signature'];
$inWechatpayTimestamp = $cb['headers']['Wechatpay-Timestamp'];
$inWechatpaySerial = $cb['headers']['Wechatpay-Serial'];
$inWechatpayNonce = $cb['headers']['Wechatpay-Nonce'];
$inBody = $cb['body'];

// the package's recipe (its README, 回调通知), with the certificate path of the test keys
$platformPublicKeyInstance = Rsa::from('file://' . $k['platform_cert'], Rsa::KEY_TYPE_PUBLIC);
$timeOffsetStatus = 300 >= abs(Formatter::timestamp() - (int)$inWechatpayTimestamp);
$verifiedStatus = Rsa::verify(
    Formatter::joinedByLineFeed($inWechatpayTimestamp, $inWechatpayNonce, $inBody),
    $inWechatpaySignature,
    $platformPublicKeyInstance
);
if ($timeOffsetStatus && $verifiedStatus) {
    $inBodyArray = (array)json_decode($inBody, true);
    ['resource' => ['ciphertext' => $ciphertext, 'nonce' => $nonce, 'associated_data' => $aad]] = $inBodyArray;
    $inBodyResource = AesGcm::decrypt($ciphertext, $apiv3Key, $nonce, $aad);
    $inBodyResourceArray = (array)json_decode($inBodyResource, true);
}

// the one call
$transaction = WeChatPay\Notification::handle($instance, $cb['headers'], $cb['body']);
var_dump($transaction === $inBodyResourceArray, $transaction === $cb['expected']);

// README_APIv2's refund notice recipe (no sign in a refund notice: its signature step does not apply)
$v2 = wxp_callback($emu, 'v2_refund');
$inBodyArray = Transformer::toArray($v2['body']);
['req_info' => $reqInfo] = $inBodyArray;
$inBodyReqInfoXml = AesEcb::decrypt($reqInfo, Hash::md5($apiv2Key));
$inBodyReqInfoArray = Transformer::toArray($inBodyReqInfoXml);
$notice = WeChatPay\Notification::handleV2($instance, $v2['body']);
var_dump($notice['req_info'] === $inBodyReqInfoArray, ['req_info' => $inBodyReqInfoArray] + $inBodyArray == $notice);

// a SIGNTEST probe: the recipe's Rsa::verify() says false; the one call says why
$probe = wxp_callback($emu, 'signtest');
var_dump(Rsa::verify(Formatter::joinedByLineFeed($probe['headers']['Wechatpay-Timestamp'], $probe['headers']['Wechatpay-Nonce'], $probe['body']), $probe['headers']['Wechatpay-Signature'], $platformPublicKeyInstance));
try {
    WeChatPay\Notification::handle($instance, $probe['headers'], $probe['body']);
} catch (WeChatPay\Exception\NotificationException $e) {
    var_dump($e->getCode() === $e::SIGNTEST);
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
