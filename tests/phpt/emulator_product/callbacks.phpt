--TEST--
bin/wechatpay-emulator: POST /__emulator/notify pays an order (refunds it) and calls the app's notify_url back, signed and encrypted like WeChat Pay; the app's WeChatPay\Notification::handle() opens it, or refuses the faulty ones; retries while the app answers 5xx
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$emu = wxp_product_start();
$c = $emu['config'];
$api = WeChatPay\Builder::factory($c);
$app = wxp_notify_app_start($c);   // the merchant's app, with the printed config

$create = function (string $no, string $notifyPath) use ($api, $c, $app): void {
    $api['v3/pay/transactions/native']->post(['json' => ['appid' => 'wxd678efh567hg6787', 'mchid' => $c['mchid'],
        'description' => 'QQ公仔', 'out_trade_no' => $no, 'notify_url' => $app['url'] . $notifyPath,
        'amount' => ['total' => 888]]]);
};
$notify = function (array $what) use ($emu, $app): void {
    $before = count(wxp_notify_app_records($app));
    [$status, $a] = wxp_product_control($emu, 'POST', '/__emulator/notify', $what);
    $records = wxp_notify_app_records($app);
    $last = end($records);
    echo $status, ' delivered ', var_export($a['delivered'], true), ', app answered ', $a['status'], ', attempts ',
        implode(',', array_column($a['attempts'], 'status')), '; app recorded ', count($records) - $before, ', ',
        count($records) === $before ? 'nothing' : ($last['ok'] ? "{$last['event_type']} " . json_encode(array_intersect_key($last['resource'],
            array_flip(['out_trade_no', 'trade_state', 'refund_status', 'amount'])), JSON_UNESCAPED_SLASHES)
            . ($last['resource'] == $a['resource'] ? ' (as sent)' : ' (NOT as sent)')
        : "refused, code {$last['code']}"), "\n";
};

$create('PAY_GOOD', 'notify');
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_GOOD']);
$q = json_decode((string) $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'PAY_GOOD', 'query' => ['mchid' => $c['mchid']]])->getBody(), true);
echo 'order now ', $q['trade_state'], "\n";

echo "-- faults: the app must refuse these\n";
foreach (['bad-signature' => 'SIGNATURE', 'stale-timestamp' => 'TIMESTAMP', 'signtest' => 'SIGNTEST'] as $fault => $const) {
    $create("PAY_$const", 'notify');
    $notify(['kind' => 'transaction.success', 'out_trade_no' => "PAY_$const", 'fault' => $fault]);
    echo "   ($const = ", constant("WeChatPay\\Exception\\NotificationException::$const"), ")\n";
}
echo "-- the app answers 500 twice, WeChat Pay retries\n";
$create('PAY_FLAKY', 'flaky/2');
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_FLAKY', 'fault' => 'retry:1']);
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_FLAKY', 'fault' => 'retry:3']);
echo "-- delay, duplicate, url override\n";
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_GOOD', 'fault' => 'delay:200']);
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_GOOD', 'fault' => 'duplicate']);
$create('PAY_ELSEWHERE', 'never-called');
$notify(['kind' => 'transaction.success', 'out_trade_no' => 'PAY_ELSEWHERE', 'url' => $app['url'] . 'override']);
$records = wxp_notify_app_records($app);
echo 'last path: ', end($records)['path'], "\n";

echo "-- refund\n";
$api['v3/refund/domestic/refunds']->post(['json' => ['out_trade_no' => 'PAY_GOOD', 'out_refund_no' => 'REF_GOOD',
    'amount' => ['refund' => 88, 'total' => 888, 'currency' => 'CNY']]]);
$notify(['kind' => 'refund.success', 'out_refund_no' => 'REF_GOOD']);

echo "-- bad requests\n";
foreach ([['kind' => 'transaction.success', 'out_trade_no' => 'NO_SUCH'], ['kind' => 'refund.success', 'out_refund_no' => 'NO_SUCH'],
    ['kind' => 'transaction.fail', 'out_trade_no' => 'PAY_GOOD'], ['kind' => 'transaction.success', 'out_trade_no' => 'PAY_GOOD', 'fault' => 'explode']] as $bad) {
    [$status, $a] = wxp_product_control($emu, 'POST', '/__emulator/notify', $bad);
    echo rtrim("$status {$a['code']} " . ($a['detail']['field'] ?? '')), "\n";
}
echo 'app records: ', count(wxp_notify_app_records($app)), "\n";
echo 'exit ', wxp_product_stop($emu), "\n";
?>
--EXPECT--
200 delivered true, app answered 204, attempts 204; app recorded 1, TRANSACTION.SUCCESS {"out_trade_no":"PAY_GOOD","trade_state":"SUCCESS","amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}} (as sent)
order now SUCCESS
-- faults: the app must refuse these
200 delivered false, app answered 400, attempts 400; app recorded 1, refused, code 5
   (SIGNATURE = 5)
200 delivered false, app answered 400, attempts 400; app recorded 1, refused, code 2
   (TIMESTAMP = 2)
200 delivered false, app answered 400, attempts 400; app recorded 1, refused, code 4
   (SIGNTEST = 4)
-- the app answers 500 twice, WeChat Pay retries
200 delivered false, app answered 500, attempts 500,500; app recorded 0, nothing
200 delivered true, app answered 204, attempts 204; app recorded 1, TRANSACTION.SUCCESS {"out_trade_no":"PAY_FLAKY","trade_state":"SUCCESS","amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}} (as sent)
-- delay, duplicate, url override
200 delivered true, app answered 204, attempts 204; app recorded 1, TRANSACTION.SUCCESS {"out_trade_no":"PAY_GOOD","trade_state":"SUCCESS","amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}} (as sent)
200 delivered true, app answered 204, attempts 204,204; app recorded 2, TRANSACTION.SUCCESS {"out_trade_no":"PAY_GOOD","trade_state":"SUCCESS","amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}} (as sent)
200 delivered true, app answered 204, attempts 204; app recorded 1, TRANSACTION.SUCCESS {"out_trade_no":"PAY_ELSEWHERE","trade_state":"SUCCESS","amount":{"total":888,"payer_total":888,"currency":"CNY","payer_currency":"CNY"}} (as sent)
last path: /override
-- refund
200 delivered true, app answered 204, attempts 204; app recorded 1, REFUND.SUCCESS {"out_trade_no":"PAY_GOOD","refund_status":"SUCCESS","amount":{"total":888,"refund":88,"payer_total":888,"payer_refund":88}} (as sent)
-- bad requests
404 ORDER_NOT_EXIST
404 RESOURCE_NOT_EXISTS
400 PARAM_ERROR /kind
400 PARAM_ERROR /fault
app records: 10
exit 0
