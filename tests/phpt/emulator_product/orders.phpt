--TEST--
bin/wechatpay-emulator: JSAPI/Native/App/H5 orders (create, query by out_trade_no and transaction_id, close) and refunds (create, query), with WeChat Pay's error answers
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$emu = wxp_product_start();
$c = $emu['config'];
$api = WeChatPay\Builder::factory($c);
$mchid = ['mchid' => $c['mchid']];

/** Runs $fn; prints the answer's JSON (keys only for $keys) or the error's status, code and detail.field. */
function show(callable $fn, ?array $keys = null): ?array
{
    try {
        $r = $fn();
        $json = json_decode((string) $r->getBody(), true);
        echo $r->getStatusCode(), ' ', $json === null ? '(empty)' : json_encode($keys === null ? $json
            : array_intersect_key($json, array_flip($keys)), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
        return $json;
    } catch (WeChatPay\Exception\WeChatPayException $e) {
        $body = json_decode((string) $e->getResponse()->getBody(), true);
        echo $e->getCode(), ' ', $body['code'], isset($body['detail']['field']) ? ' ' . $body['detail']['field'] : '', "\n";
        return null;
    }
}

$order = fn (string $kind, string $no, array $extra = []) => array_replace([
    'appid' => 'wxd678efh567hg6787', 'mchid' => $c['mchid'], 'description' => 'Image形象店-深圳腾大-QQ公仔',
    'out_trade_no' => $no, 'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 100, 'currency' => 'CNY'],
], $kind === 'jsapi' ? ['payer' => ['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o']] : [],
   $kind === 'h5' ? ['scene_info' => ['payer_client_ip' => '127.0.0.1', 'h5_info' => ['type' => 'Wap']]] : [], $extra);

echo "-- create\n";
$first = null;
foreach (['jsapi', 'native', 'app', 'h5'] as $kind) {
    $json = show(fn () => $api['v3/pay/transactions/{kind}']->post(['kind' => $kind, 'json' => $order($kind, "ORDER_$kind")]), []);
    $first ??= $json;
    echo '   ', implode(',', array_keys($json)), ' ', preg_match('~^(wx\w+|weixin://wxpay/bizpayurl\?pr=\w+|https://wx\.tenpay\.com/\S+)$~', reset($json)) ? 'shaped' : 'odd', "\n";
}
echo 'same order again, same answer: ', var_export(json_decode((string) $api['v3/pay/transactions/jsapi']
    ->post(['json' => $order('jsapi', 'ORDER_jsapi')])->getBody(), true) === $first, true), "\n";
show(fn () => $api['v3/pay/transactions/jsapi']->post(['json' => $order('jsapi', 'ORDER_jsapi', ['amount' => ['total' => 1]])]));
show(fn () => $api['v3/pay/transactions/jsapi']->post(['json' => array_diff_key($order('jsapi', 'ORDER_x1'), ['payer' => 1])]));
show(fn () => $api['v3/pay/transactions/h5']->post(['json' => $order('h5', 'ORDER_x2', ['scene_info' => ['payer_client_ip' => '1.2.3.4']])]));
show(fn () => $api['v3/pay/transactions/native']->post(['json' => $order('native', 'ORDER_x3', ['amount' => ['total' => 0]])]));
show(fn () => $api['v3/pay/transactions/native']->post(['json' => $order('native', 'ORDER_x4', ['mchid' => '1900000002'])]));
show(fn () => $api['v3/pay/transactions/native']->post(['json' => array_diff_key($order('native', 'ORDER_x5'), ['notify_url' => 1])]));

echo "-- query\n";
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'ORDER_native', 'query' => $mchid]),
    ['out_trade_no', 'trade_state', 'trade_state_desc', 'amount']);
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'ORDER_native']));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'NO_SUCH_ORDER', 'query' => $mchid]));
show(fn () => $api['v3/pay/transactions/id/{id}']->get(['id' => '4200000000000000000000000000', 'query' => $mchid]));

echo "-- pay (the app's notify_url does not answer: the order is paid all the same)\n";
[$status, $paid] = wxp_product_control($emu, 'POST', '/__emulator/notify', ['kind' => 'transaction.success', 'out_trade_no' => 'ORDER_jsapi']);
echo $status, ' delivered ', var_export($paid['delivered'], true), ', status ', $paid['status'], "\n";
$txid = $paid['resource']['transaction_id'];
$byNo = show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'ORDER_jsapi', 'query' => $mchid]),
    ['trade_state', 'trade_type', 'payer', 'amount']);
$byId = show(fn () => $api['v3/pay/transactions/id/{id}']->get(['id' => $txid, 'query' => $mchid]), ['out_trade_no', 'trade_state']);
echo 'same transaction_id: ', var_export($byNo['transaction_id'] === $txid, true), "\n";
show(fn () => $api['v3/pay/transactions/jsapi']->post(['json' => $order('jsapi', 'ORDER_jsapi')]));

echo "-- close\n";
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'ORDER_app', 'json' => $mchid]));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'ORDER_app', 'json' => $mchid]));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'ORDER_app', 'query' => $mchid]), ['trade_state']);
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'ORDER_jsapi', 'json' => $mchid]));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'NO_SUCH_ORDER', 'json' => $mchid]));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'ORDER_h5', 'json' => new stdClass()]));
show(fn () => $api['v3/pay/transactions/app']->post(['json' => $order('app', 'ORDER_app')]));
[$status, $answer] = wxp_product_control($emu, 'POST', '/__emulator/notify', ['kind' => 'transaction.success', 'out_trade_no' => 'ORDER_app']);
echo $status, ' ', $answer['code'], "\n";

echo "-- refund\n";
$refund = fn (string $no, int $amount, array $extra = []) => array_replace(['out_trade_no' => 'ORDER_jsapi',
    'out_refund_no' => $no, 'reason' => '商品已售完', 'amount' => ['refund' => $amount, 'total' => 100, 'currency' => 'CNY']], $extra);
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_1', 60)]),
    ['out_refund_no', 'out_trade_no', 'status', 'channel', 'amount']);
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_1', 60)]), ['status']);
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_1', 30)]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_2', 50)]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => array_diff_key($refund('REFUND_2', 40, ['transaction_id' => $txid]), ['out_trade_no' => 1])]), ['out_trade_no', 'status']);
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_3', 10, ['amount' => ['refund' => 10, 'total' => 99, 'currency' => 'CNY']])]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_4', 10, ['out_trade_no' => 'ORDER_app'])]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_5', 10, ['out_trade_no' => 'ORDER_native'])]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => $refund('REFUND_6', 10, ['out_trade_no' => 'NO_SUCH_ORDER'])]));
show(fn () => $api['v3/refund/domestic/refunds']->post(['json' => array_diff_key($refund('REFUND_7', 10), ['out_refund_no' => 1])]));
show(fn () => $api['v3/pay/transactions/out-trade-no/{no}']->get(['no' => 'ORDER_jsapi', 'query' => $mchid]), ['trade_state']);
show(fn () => $api['v3/refund/domestic/refunds/{no}']->get(['no' => 'REFUND_1']), ['out_refund_no', 'status']);
show(fn () => $api['v3/refund/domestic/refunds/{no}']->get(['no' => 'NO_SUCH_REFUND']));
[$status, $done] = wxp_product_control($emu, 'POST', '/__emulator/notify', ['kind' => 'refund.success', 'out_refund_no' => 'REFUND_1']);
echo $status, ' ', $done['resource']['refund_status'], ' ', $done['resource']['amount']['refund'], "\n";
show(fn () => $api['v3/refund/domestic/refunds/{no}']->get(['no' => 'REFUND_1']), ['status']);

echo 'exit ', wxp_product_stop($emu), "\n";
?>
--EXPECT--
-- create
200 []
   prepay_id shaped
200 []
   code_url shaped
200 []
   prepay_id shaped
200 []
   h5_url shaped
same order again, same answer: true
403 OUT_TRADE_NO_USED
400 PARAM_ERROR /payer
400 PARAM_ERROR /scene_info/h5_info
400 PARAM_ERROR /amount/total
400 PARAM_ERROR /mchid
400 PARAM_ERROR /notify_url
-- query
200 {"out_trade_no":"ORDER_native","trade_state":"NOTPAY","trade_state_desc":"订单未支付","amount":{"total":100,"currency":"CNY","payer_currency":"CNY"}}
400 PARAM_ERROR mchid
404 ORDER_NOT_EXIST
404 ORDER_NOT_EXIST
-- pay (the app's notify_url does not answer: the order is paid all the same)
200 delivered false, status 0
200 {"trade_state":"SUCCESS","trade_type":"JSAPI","payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"amount":{"total":100,"payer_total":100,"currency":"CNY","payer_currency":"CNY"}}
200 {"out_trade_no":"ORDER_jsapi","trade_state":"SUCCESS"}
same transaction_id: true
403 ORDERPAID
-- close
204 (empty)
204 (empty)
200 {"trade_state":"CLOSED"}
403 ORDERPAID
404 ORDER_NOT_EXIST
400 PARAM_ERROR mchid
400 ORDER_CLOSED
400 ORDER_CLOSED
-- refund
200 {"out_refund_no":"REFUND_1","out_trade_no":"ORDER_jsapi","channel":"ORIGINAL","status":"PROCESSING","amount":{"total":100,"refund":60,"payer_total":100,"payer_refund":60,"settlement_refund":60,"settlement_total":100,"discount_refund":0,"currency":"CNY","refund_fee":0}}
200 {"status":"PROCESSING"}
400 INVALID_REQUEST
400 INVALID_REQUEST
200 {"out_trade_no":"ORDER_jsapi","status":"PROCESSING"}
400 PARAM_ERROR /amount/total
403 INVALID_REQUEST
403 INVALID_REQUEST
404 RESOURCE_NOT_EXISTS
400 PARAM_ERROR /out_refund_no
200 {"trade_state":"REFUND"}
200 {"out_refund_no":"REFUND_1","status":"PROCESSING"}
404 RESOURCE_NOT_EXISTS
200 SUCCESS 60
200 {"status":"SUCCESS"}
exit 0
