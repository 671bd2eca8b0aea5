--TEST--
One client with real APIv3 keys and the APIv2 secret serves both protocols: a v3 call signed with RSA and verified, a v2 call signed with the secret, on the same tree, sync and async together
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$instance = WeChatPay\Builder::factory(wxp_config($emu, ['secret' => $k['secret']]));
$v3 = $instance->v3->emulator->echo->getAsync();
$v2 = $instance->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'M1']]);
$r3 = $v3->wait();
$r2 = $v2->wait();
$log = wxp_emulator_requests($emu);
// both were in flight at once: the log's order is the server's, so sorted here
usort($log, static fn ($a, $b) => strcmp($b['request_uri'], $a['request_uri']));
foreach ($log as $entry) {
    echo $entry['method'], ' ', $entry['request_uri'], ' auth ', var_export($entry['auth'], true), ' Authorization ',
        isset($entry['headers']['authorization']) ? 'WECHATPAY2' : 'none', "\n";
}
echo $r3->getStatusCode(), ' ', var_export($r3->getRejectedBy(), true), "\n";
echo WeChatPay\Transformer::toArray((string) $r2->getBody())['result_code'], ' ', var_export($r2->getRejectedBy(), true), "\n";
?>
--EXPECTF--
GET /v3/emulator/echo auth true Authorization WECHATPAY2
POST /pay/orderquery auth true Authorization none
200 NULL
SUCCESS NULL
