--TEST--
APIv2 through the chain: WeChat Pay's documented sign vector reproduced byte for byte in the request sent (MD5, nonceless with the vector's nonce_str)
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
// The vector's merchant and key, not the emulator's: the emulator refuses the call, but logs what was sent.
$instance = WeChatPay\Builder::factory(wxp_v2_config($emu, ['mchid' => '10000100',
    'secret' => '192006250b4c09247ec02edce69f6a2d']));
try {
    $instance->v2->pay->unifiedorder->post(['xml' => ['appid' => 'wxd930ea5d5a258f4f', 'mch_id' => '10000100',
        'device_info' => '1000', 'body' => 'test', 'nonce_str' => 'ibuaiVcKdpRxkhJA'], 'nonceless' => true]);
} catch (WeChatPay\Exception\RejectionException $e) {
    echo 'rejected by ', $e->getReason()->getRejectedBy(), "\n";
}
$log = wxp_emulator_requests($emu);
echo end($log)['body'], "\n";
?>
--EXPECT--
rejected by return_code
<xml><appid>wxd930ea5d5a258f4f</appid><mch_id>10000100</mch_id><device_info>1000</device_info><body>test</body><nonce_str>ibuaiVcKdpRxkhJA</nonce_str><sign>9A0A8659F005D6984697E2CA0A9CF3B7</sign></xml>
