<?php
/**
 * Domestic refunds of the orders of orders.php, kept in the state under "refunds" (keyed by out_refund_no):
 *   POST /v3/refund/domestic/refunds              {transaction_id | out_trade_no, out_refund_no, reason?,
 *                                                  notify_url?, amount: {refund, total, currency}}
 *   GET  /v3/refund/domestic/refunds/{out_refund_no}
 * Both answer the refund: {refund_id, out_refund_no, transaction_id, out_trade_no, channel, user_received_account,
 * create_time, status, funds_account, amount: {...}, promotion_detail}. A refund is PROCESSING until
 * POST /__emulator/notify (kind refund.success) makes it SUCCESS (with success_time).
 * Errors: 400 PARAM_ERROR naming the field (amount.total must be the order's), 404 RESOURCE_NOT_EXISTS (no such
 * order or refund), 403 INVALID_REQUEST for an order that is not paid (NOTPAY or CLOSED), 400 INVALID_REQUEST when
 * the refunds would exceed the order's amount or an out_refund_no comes again with another amount.
 */

declare(strict_types=1);

function emu_refund_create(array $cfg, array $req): void
{
    $json = emu_json_object($req);
    if ($json === null || !emu_fields_ok($req, $json, ['/out_refund_no' => 'string', '/transaction_id' => '?string',
        '/out_trade_no' => '?string', '/reason' => '?string', '/notify_url' => '?string', '/amount' => 'object',
        '/amount/refund' => 'int', '/amount/total' => 'int', '/amount/currency' => 'string'])) {
        return;
    }
    if (!isset($json['transaction_id']) && !isset($json['out_trade_no'])) {
        emu_send_param_error($req, '/out_trade_no', null, 'transaction_id or out_trade_no is required');
        return;
    }
    if ($json['amount']['currency'] !== 'CNY') {
        emu_send_param_error($req, '/amount/currency', $json['amount']['currency'], 'only CNY is supported');
        return;
    }
    $order = isset($json['transaction_id']) ? emu_order_find($cfg, 'transaction_id', $json['transaction_id'])
        : emu_order_find($cfg, 'out_trade_no', $json['out_trade_no']);
    if ($order === null) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', '订单不存在: ' . ($json['transaction_id'] ?? $json['out_trade_no']));
        return;
    }
    if (!in_array($order['trade_state'], ['SUCCESS', 'REFUND'], true)) {
        emu_send_error($req, 403, 'INVALID_REQUEST', "订单状态不正确: the order is {$order['trade_state']}, only a paid order can be refunded");
        return;
    }
    if ($json['amount']['total'] !== $order['amount']['total']) {
        emu_send_param_error($req, '/amount/total', $json['amount']['total'], "must be the order's total {$order['amount']['total']}");
        return;
    }
    $no = $json['out_refund_no'];
    $refund = [
        'refund_id' => '50' . gmdate('ymdHis') . random_int(1000000000, 9999999999) . random_int(10000, 99999),
        'out_refund_no' => $no, 'transaction_id' => $order['transaction_id'], 'out_trade_no' => $order['out_trade_no'],
        'channel' => 'ORIGINAL', 'user_received_account' => '支付用户零钱', 'create_time' => gmdate('Y-m-d\TH:i:s+00:00'),
        'status' => 'PROCESSING', 'funds_account' => 'AVAILABLE', 'reason' => $json['reason'] ?? '',
        'notify_url' => $json['notify_url'] ?? null,
        'amount' => ['total' => $order['amount']['total'], 'refund' => $json['amount']['refund'],
            'payer_total' => $order['amount']['total'], 'payer_refund' => $json['amount']['refund'],
            'settlement_refund' => $json['amount']['refund'], 'settlement_total' => $order['amount']['total'],
            'discount_refund' => 0, 'currency' => 'CNY', 'refund_fee' => 0],
    ];
    [$outcome, $stored] = emu_store_update($cfg, static function (array &$state) use ($no, $refund): array {
        $old = $state['refunds'][$no] ?? null;
        if ($old !== null) {
            return [$old['amount']['refund'] === $refund['amount']['refund']
                && $old['out_trade_no'] === $refund['out_trade_no'] ? 'ok' : 'mismatch', $old];
        }
        $refunded = 0;
        foreach ($state['refunds'] ?? [] as $r) {
            $refunded += $r['out_trade_no'] === $refund['out_trade_no'] ? $r['amount']['refund'] : 0;
        }
        if ($refunded + $refund['amount']['refund'] > $refund['amount']['total']) {
            return ['exceeds', $refunded];
        }
        $state['refunds'][$no] = $refund;
        $state['orders'][$refund['out_trade_no']]['trade_state'] = 'REFUND';
        return ['ok', $refund];
    });
    match ($outcome) {
        'ok' => emu_send_signed_json($cfg, $req, emu_refund_view($stored)),
        'mismatch' => emu_send_error($req, 400, 'INVALID_REQUEST', "out_refund_no $no was used with another amount or order"),
        'exceeds' => emu_send_error($req, 400, 'INVALID_REQUEST', "退款金额超过订单可退金额: $stored already refunded of {$refund['amount']['total']}"),
    };
}

/** A refund as the API answers it (without what only the emulator keeps). */
function emu_refund_view(array $refund): array
{
    return array_diff_key($refund, ['reason' => 1, 'notify_url' => 1]) + ['promotion_detail' => []];
}

function emu_refund_query(array $cfg, array $req, string $no): void
{
    $refund = emu_store_load($cfg)['refunds'][$no] ?? null;
    if ($refund === null) {
        emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "退款单不存在: no refund with out_refund_no $no");
        return;
    }
    emu_send_signed_json($cfg, $req, emu_refund_view($refund));
}
