--TEST--
bin/wechatpay-emulator: /__emulator/faults breaks the next N answers (status, bad signature, stale timestamp, delay) of the paths it names, then answers normally again
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$emu = wxp_product_start();
$c = $emu['config'];
$api = WeChatPay\Builder::factory($c);
$body = ['appid' => 'wxd678efh567hg6787', 'mchid' => $c['mchid'], 'description' => 'QQ公仔',
    'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 1]];
$try = function (string $no) use ($api, $body): void {
    try {
        $r = $api['v3/pay/transactions/native']->post(['json' => $body + ['out_trade_no' => $no]]);
        echo "$no: ", $r->getStatusCode(), ' ', implode(',', array_keys(json_decode((string) $r->getBody(), true))), "\n";
    } catch (WeChatPay\Exception\WeChatPayException $e) {
        echo "$no: ", get_class($e), ' ', $e->getCode(), str_contains($e->getMessage(), 'time offset') ? ' (time offset)' : '', "\n";
    }
};
$state = fn (string $no) => wxp_product_control($emu, 'GET', '/__emulator/state')[1]['orders'][$no]['trade_state'] ?? 'none';

echo "-- 503 twice on /v3/pay/, nothing created meanwhile\n";
var_dump(wxp_product_control($emu, 'POST', '/__emulator/faults', ['fault' => 'status:503', 'count' => 2, 'path' => '/v3/pay/'])[0]);
echo json_encode(wxp_product_control($emu, 'GET', '/__emulator/faults')[1]), "\n";
$api['v3/emulator/echo']->get();   // another path: not counted
$try('FAULT_A');
echo 'FAULT_A stored: ', $state('FAULT_A'), "\n";
$try('FAULT_A');
$try('FAULT_A');
echo 'FAULT_A stored: ', $state('FAULT_A'), "\n";

echo "-- signature faults: the order is made, the client refuses the answer\n";
wxp_product_control($emu, 'POST', '/__emulator/faults', ['fault' => 'bad-signature']);
$try('FAULT_B');
echo 'FAULT_B stored: ', $state('FAULT_B'), "\n";
wxp_product_control($emu, 'POST', '/__emulator/faults', ['fault' => 'stale-timestamp']);
$try('FAULT_C');
$try('FAULT_C');
echo "-- delay\n";
wxp_product_control($emu, 'POST', '/__emulator/faults', ['fault' => 'delay:100']);
$try('FAULT_D');

echo "-- clear, bad settings\n";
wxp_product_control($emu, 'POST', '/__emulator/faults', ['fault' => 'status:500', 'count' => 5]);
var_dump(wxp_product_control($emu, 'DELETE', '/__emulator/faults')[0]);
$try('FAULT_E');
foreach ([['fault' => 'status:200'], ['fault' => 'delay:1', 'count' => 0], ['fault' => 'slow'], ['fault' => 'delay:1', 'path' => 'v3']] as $bad) {
    [$status, $a] = wxp_product_control($emu, 'POST', '/__emulator/faults', $bad);
    echo $status, ' ', $a['code'], ' ', $a['detail']['field'], "\n";
}
echo 'exit ', wxp_product_stop($emu), "\n";
?>
--EXPECT--
-- 503 twice on /v3/pay/, nothing created meanwhile
int(204)
[{"fault":"status:503","left":2,"path":"\/v3\/pay\/"}]
FAULT_A: WeChatPay\Exception\Own\ServerException 503
FAULT_A stored: none
FAULT_A: WeChatPay\Exception\Own\ServerException 503
FAULT_A: 200 code_url
FAULT_A stored: NOTPAY
-- signature faults: the order is made, the client refuses the answer
FAULT_B: WeChatPay\Exception\Own\VerificationException 0
FAULT_B stored: NOTPAY
FAULT_C: WeChatPay\Exception\Own\VerificationException 0 (time offset)
FAULT_C: 200 code_url
-- delay
FAULT_D: 200 code_url
-- clear, bad settings
int(204)
FAULT_E: 200 code_url
400 PARAM_ERROR /fault
400 PARAM_ERROR /count
400 PARAM_ERROR /fault
400 PARAM_ERROR /path
exit 0
