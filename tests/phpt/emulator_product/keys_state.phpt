--TEST--
bin/wechatpay-emulator --keys DIR --state DIR: the merchant's key files are used (and left alone), the state outlives a run and the next run sees it
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$k = wxp_test_keys();   // merchant_key.pem, merchant_cert.pem, platform_key.pem, platform_cert.pem, apiv3.key, pubkey_*.pem
$state = wxp_make_temp_dir('wxpemustate');
register_shutdown_function('wxp_remove_tree', $state);

$emu = wxp_product_start(["--keys={$k['dir']}", "--state=$state"]);
$c = $emu['config'];
echo 'serial is the merchant certificate\'s: ', var_export($c['serial'] === $k['merchant_serial'], true), "\n";
echo 'privateKey is the merchant\'s file: ', var_export($c['privateKey'] === 'file://' . $k['merchant_private_key'], true), "\n";
echo 'certs: ', var_export($c['certs'] === [$k['platform_serial'] => 'file://' . $k['platform_cert'],
    $k['pubkey_id'] => 'file://' . $k['pubkey_public_key']], true), "\n";
echo 'apiv3Key is apiv3.key: ', var_export($c['apiv3Key'] === $k['apiv3_key'], true), "\n";
$api = WeChatPay\Builder::factory($c);
echo $api['v3/pay/transactions/native']->post(['json' => ['appid' => 'wxd678efh567hg6787', 'mchid' => $c['mchid'],
    'description' => 'QQ公仔', 'out_trade_no' => 'KEPT_ORDER', 'notify_url' => 'http://127.0.0.1:9/', 'amount' => ['total' => 1]]])->getStatusCode(), "\n";
// Its own temporary directory is named after its pid.
$pid = proc_get_status($emu['proc'])['pid'];
echo 'temp dir: ', count(glob(sys_get_temp_dir() . "/wechatpay-emulator-$pid-*")), "\n";
echo 'exit ', wxp_product_stop($emu), ', temp dir left: ', count(glob(sys_get_temp_dir() . "/wechatpay-emulator-$pid-*")),
    ', keys left: ', var_export(is_file($k['merchant_private_key']) && is_file($k['apiv3_key_file']), true),
    ', state left: ', var_export(is_file("$state/state.json"), true), "\n";

$emu = wxp_product_start(["--keys={$k['dir']}", "--state=$state"]);
$api = WeChatPay\Builder::factory($emu['config']);
$q = json_decode((string) $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'KEPT_ORDER', 'query' => ['mchid' => $c['mchid']]])->getBody(), true);
echo 'next run: ', $q['trade_state'], "\n";
echo 'exit ', wxp_product_stop($emu), "\n";
?>
--EXPECT--
serial is the merchant certificate's: true
privateKey is the merchant's file: true
certs: true
apiv3Key is apiv3.key: true
200
temp dir: 1
exit 0, temp dir left: 0, keys left: true, state left: true
next run: NOTPAY
exit 0
