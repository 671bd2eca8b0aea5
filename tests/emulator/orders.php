<?php
/**
 * Direct-merchant orders, kept in the state under "orders" (keyed by out_trade_no), in WeChat Pay's shapes:
 *   POST /v3/pay/transactions/{jsapi,app}    {"prepay_id": "wx..."}
 *   POST /v3/pay/transactions/native         {"code_url": "weixin://wxpay/bizpayurl?pr=..."}
 *   POST /v3/pay/transactions/h5             {"h5_url": "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?..."}
 *   GET  /v3/pay/transactions/id/{transaction_id}?mchid=       the order (paid orders only have a transaction_id)
 *   GET  /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=
 *   POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close  {"mchid"}: 204 (again on a closed order)
 * Errors: 400 PARAM_ERROR naming the field (detail.field), 404 ORDER_NOT_EXIST, 403 ORDERPAID (close or create
 * again after payment), 403 OUT_TRADE_NO_USED (the same out_trade_no with other fields), 400 ORDER_CLOSED.
 * An order is NOTPAY until POST /__emulator/notify pays it (notify.php): SUCCESS, with a transaction_id.
 */

declare(strict_types=1);

const EMU_TRADE_TYPES = ['jsapi' => 'JSAPI', 'native' => 'NATIVE', 'app' => 'APP', 'h5' => 'MWEB'];

/** The JSON object of a request body as an array, or null after answering 400 PARAM_ERROR. */
function emu_json_object(array $req): ?array
{
    try {
        $json = json_decode($req['body'], true, 32, JSON_THROW_ON_ERROR);
    } catch (JsonException $e) {
        emu_send_param_error($req, '/', $req['body'], 'body is not valid JSON: ' . $e->getMessage());
        return null;
    }
    if (!is_array($json) || ($json !== [] && array_is_list($json))) {
        emu_send_param_error($req, '/', $json, 'body must be a JSON object');
        return null;
    }
    return $json;
}

/**
 * Checks $json against $rules (JSON pointer => 'string'|'int'|'object', a leading '?' when optional): null when
 * it passes, else [field, value, issue] of the first field that does not.
 */
function emu_check_fields(array $json, array $rules): ?array
{
    foreach ($rules as $pointer => $type) {
        $optional = $type[0] === '?';
        $type = ltrim($type, '?');
        $v = $json;
        $present = true;
        foreach (explode('/', substr($pointer, 1)) as $part) {
            if (!is_array($v) || !array_key_exists($part, $v)) {
                $present = false;
                break;
            }
            $v = $v[$part];
        }
        if (!$present) {
            if (!$optional) {
                return [$pointer, null, 'is required'];
            }
            continue;
        }
        $ok = match ($type) {
            'string' => is_string($v) && $v !== '',
            'int' => is_int($v) && $v > 0,
            'object' => is_array($v) && ($v === [] || !array_is_list($v)),
        };
        if (!$ok) {
            return [$pointer, $v, $type === 'int' ? 'must be a positive integer' : "must be a non-empty $type"];
        }
    }
    return null;
}

/** Sends the 400 PARAM_ERROR for a failed emu_check_fields(); returns whether it passed. */
function emu_fields_ok(array $req, array $json, array $rules): bool
{
    $bad = emu_check_fields($json, $rules);
    if ($bad !== null) {
        emu_send_param_error($req, $bad[0], $bad[1], $bad[2]);
    }
    return $bad === null;
}

/** The mchid a query or close names must be ours (400 PARAM_ERROR otherwise). */
function emu_mchid_ok(array $cfg, array $req, mixed $mchid, string $location): bool
{
    if (!is_string($mchid) || $mchid === '') {
        emu_send_error($req, 400, 'PARAM_ERROR', 'invalid request parameter mchid: is required',
            ['field' => 'mchid', 'value' => $mchid, 'issue' => 'is required', 'location' => $location]);
        return false;
    }
    if ($mchid !== $cfg['mchid']) {
        emu_send_error($req, 400, 'PARAM_ERROR', "invalid request parameter mchid: $mchid is not the merchant of the request",
            ['field' => 'mchid', 'value' => $mchid, 'issue' => 'not the signing merchant', 'location' => $location]);
        return false;
    }
    return true;
}

/** POST /v3/pay/transactions/{kind}. */
function emu_order_create(array $cfg, array $req, string $kind): void
{
    $json = emu_json_object($req);
    if ($json === null) {
        return;
    }
    $rules = ['/appid' => 'string', '/mchid' => 'string', '/description' => 'string', '/out_trade_no' => 'string',
        '/notify_url' => 'string', '/amount' => 'object', '/amount/total' => 'int', '/amount/currency' => '?string',
        '/attach' => '?string'];
    if ($kind === 'jsapi') {
        $rules += ['/payer' => 'object', '/payer/openid' => 'string'];
    } elseif ($kind === 'h5') {
        $rules += ['/scene_info' => 'object', '/scene_info/payer_client_ip' => 'string', '/scene_info/h5_info' => 'object',
            '/scene_info/h5_info/type' => 'string'];
    }
    if (!emu_fields_ok($req, $json, $rules)) {
        return;
    }
    if ($json['mchid'] !== $cfg['mchid']) {
        emu_send_param_error($req, '/mchid', $json['mchid'], 'not the merchant that signed the request');
        return;
    }
    if (!preg_match('/^[0-9A-Za-z_\-|*]{6,32}$/', $json['out_trade_no'])) {
        emu_send_param_error($req, '/out_trade_no', $json['out_trade_no'], '6 to 32 characters of [0-9A-Za-z_-|*]');
        return;
    }
    if (!preg_match('~^https?://[^?#\s]+$~', $json['notify_url'])) {
        emu_send_param_error($req, '/notify_url', $json['notify_url'], 'must be an http(s) URL without a query');
        return;
    }
    $currency = $json['amount']['currency'] ?? 'CNY';
    if ($currency !== 'CNY') {
        emu_send_param_error($req, '/amount/currency', $currency, 'only CNY is supported');
        return;
    }
    $no = $json['out_trade_no'];
    $order = [
        'kind' => $kind, 'appid' => $json['appid'], 'mchid' => $json['mchid'], 'out_trade_no' => $no,
        'description' => $json['description'], 'notify_url' => $json['notify_url'], 'attach' => $json['attach'] ?? '',
        'amount' => ['total' => $json['amount']['total'], 'currency' => 'CNY'],
        'payer' => $json['payer'] ?? ['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'],
        'trade_state' => 'NOTPAY', 'prepay_id' => 'wx' . gmdate('dHis') . bin2hex(random_bytes(12)),
    ];
    $result = emu_store_update($cfg, static function (array &$state) use ($no, $order): array {
        $old = $state['orders'][$no] ?? null;
        if ($old === null) {
            $state['orders'][$no] = $order;
            return ['ok', $order];
        }
        if ($old['trade_state'] === 'CLOSED') {
            return ['closed', $old];
        }
        if ($old['trade_state'] !== 'NOTPAY') {
            return ['paid', $old];
        }
        $same = ['kind', 'appid', 'description', 'notify_url', 'attach', 'amount'];
        return [array_intersect_key($old, array_flip($same)) == array_intersect_key($order, array_flip($same))
            ? 'ok' : 'used', $old];
    });
    [$outcome, $stored] = $result;
    match ($outcome) {
        'closed' => emu_send_error($req, 400, 'ORDER_CLOSED', "订单已关闭: out_trade_no $no was closed"),
        'paid' => emu_send_error($req, 403, 'ORDERPAID', "订单已支付: out_trade_no $no is paid"),
        'used' => emu_send_error($req, 403, 'OUT_TRADE_NO_USED', "商户订单号重复: out_trade_no $no was used with other parameters"),
        'ok' => emu_send_signed_json($cfg, $req, emu_prepay_answer($stored)),
    };
}

/** What creating an order answers: the same for the same order every time. */
function emu_prepay_answer(array $order): array
{
    $id = $order['prepay_id'];
    return match ($order['kind']) {
        'jsapi', 'app' => ['prepay_id' => $id],
        'native' => ['code_url' => 'weixin://wxpay/bizpayurl?pr=' . substr(hash('sha256', $id), 0, 9)],
        'h5' => ['h5_url' => "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=$id&package="
            . hexdec(substr(hash('sha256', $id), 0, 7))],
    };
}

/** An order as the query endpoints answer it. */
function emu_order_view(array $order): array
{
    $desc = ['NOTPAY' => '订单未支付', 'SUCCESS' => '支付成功', 'CLOSED' => '订单已关闭', 'REFUND' => '转入退款'];
    $view = ['appid' => $order['appid'], 'mchid' => $order['mchid'], 'out_trade_no' => $order['out_trade_no'],
        'trade_state' => $order['trade_state'], 'trade_state_desc' => $desc[$order['trade_state']] ?? '',
        'attach' => $order['attach']];
    if (!isset($order['transaction_id'])) {
        return $view + ['amount' => ['total' => $order['amount']['total'], 'currency' => 'CNY', 'payer_currency' => 'CNY']];
    }
    return $view + ['transaction_id' => $order['transaction_id'], 'trade_type' => EMU_TRADE_TYPES[$order['kind']],
        'bank_type' => 'OTHERS', 'success_time' => $order['success_time'], 'payer' => $order['payer'],
        'amount' => ['total' => $order['amount']['total'], 'payer_total' => $order['amount']['total'],
            'currency' => 'CNY', 'payer_currency' => 'CNY'],
        'promotion_detail' => []];
}

/** The stored order whose $field is $value, or null. */
function emu_order_find(array $cfg, string $field, string $value): ?array
{
    foreach (emu_store_load($cfg)['orders'] ?? [] as $order) {
        if (($order[$field] ?? null) === $value) {
            return $order;
        }
    }
    return null;
}

/** GET /v3/pay/transactions/id/{id} ($field transaction_id) or /out-trade-no/{no} ($field out_trade_no). */
function emu_order_query(array $cfg, array $req, string $field, string $value): void
{
    if (!emu_mchid_ok($cfg, $req, $req['query']['mchid'] ?? null, 'query')) {
        return;
    }
    $order = emu_order_find($cfg, $field, $value);
    if ($order === null) {
        emu_send_error($req, 404, 'ORDER_NOT_EXIST', "订单不存在: no order with $field $value");
        return;
    }
    emu_send_signed_json($cfg, $req, emu_order_view($order));
}

/** POST /v3/pay/transactions/out-trade-no/{no}/close. */
function emu_order_close(array $cfg, array $req, string $no): void
{
    $json = emu_json_object($req);
    if ($json === null || !emu_mchid_ok($cfg, $req, $json['mchid'] ?? null, 'body')) {
        return;
    }
    $outcome = emu_store_update($cfg, static function (array &$state) use ($no): string {
        $state_ = $state['orders'][$no]['trade_state'] ?? null;
        if ($state_ === 'NOTPAY') {
            $state['orders'][$no]['trade_state'] = 'CLOSED';
        }
        return $state_ ?? 'missing';
    });
    match ($outcome) {
        'missing' => emu_send_error($req, 404, 'ORDER_NOT_EXIST', "订单不存在: no order with out_trade_no $no"),
        'NOTPAY', 'CLOSED' => emu_send_signed($cfg, $req, 204, ''),
        default => emu_send_error($req, 403, 'ORDERPAID', "订单已支付: out_trade_no $no is $outcome, it cannot be closed"),
    };
}
