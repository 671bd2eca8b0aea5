<?php
/**
 * APIv2: every path outside /v3/ and /__emulator/. Requests carry XML (POST) or a query (GET) signed with the
 * APIv2 secret; answers are XML (Content-Type: text/xml; charset=utf-8), HTTP 200 unless said otherwise. In this order:
 *   logged (requests.jsonl, 'auth' = merchant and sign checked out, 'auth_error' why not)
 *   unknown path                         404, return_code FAIL (no sign)
 *   mTLS route without a good client certificate (the TLS front's X-Wxp-Client-Verify is not SUCCESS, or
 *   X-Wxp-Client-Serial is none of WXP_EMU_V2_CLIENT_SERIALS)   return_code FAIL, return_msg 证书错误
 *   body not XML                         return_code FAIL, return_msg XML格式错误
 *   mch_id/mchid/combine_mch_id (first present) not the merchant   return_code FAIL, return_msg mch_id参数错误
 *   sign missing, wrong, or sign_type neither MD5 nor HMAC-SHA256   return_code FAIL, return_msg 签名错误
 *   the route; its out_trade_no or partner_trade_no may name a fault (emu_v2_answer()).
 * Answers echo appid, mch_appid, mch_id, mchid, sub_appid, sub_mch_id, device_info, nonce_str (a fresh one when
 * the request had none), out_trade_no and partner_trade_no, and are signed
 * with the request's sign type on the routes that sign. Only the TLS front (tests/inc/apiv2.inc) sets the two
 * X-Wxp-Client-* headers, overwriting any a client sent; straight to the emulator a client has no certificate.
 */

declare(strict_types=1);

require_once __DIR__ . '/v2_xml.php';

/** Route => [handler, whether the answer is signed, whether it needs the merchant client certificate]. */
const EMU_V2_ROUTES = [
    '/pay/orderquery' => ['emu_v2_pay', true, false],
    '/pay/micropay' => ['emu_v2_pay', true, false],
    '/pay/unifiedorder' => ['emu_v2_pay', true, false],
    '/face/get_wxpayface_authinfo' => ['emu_v2_pay', true, false],
    '/mmpaymkttransfers/promotion/transfers' => ['emu_v2_transfers', false, true],
    '/mmpaysptrans/pay_bank' => ['emu_v2_pay_bank', true, true],
    '/risk/getpublickey' => ['emu_v2_publickey', false, true],
    '/secapi/pay/refund' => ['emu_v2_refund', true, true],
    '/v2emu/whoami' => ['emu_v2_whoami', true, false],
    '/sandboxnew/pay/getsignkey' => ['emu_v2_signkey', false, false],
];

const EMU_V2_ECHOED = ['appid', 'mch_appid', 'mch_id', 'mchid', 'sub_appid', 'sub_mch_id', 'device_info', 'nonce_str',
    'out_trade_no', 'partner_trade_no'];

function emu_v2(array $cfg, array $req): void
{
    if ($cfg['v2_secret_file'] === null) {
        throw new RuntimeException('APIv2 request, but WXP_EMU_V2_SECRET_FILE is not set');
    }
    $secret = (string) file_get_contents($cfg['v2_secret_file']);
    $data = $req['method'] === 'GET' ? emu_v2_query_parse(explode('?', $req['uri'], 2)[1] ?? '')
        : emu_v2_xml_parse($req['body']);
    [$failMsg, $authError] = emu_v2_check($cfg, $data, $secret);
    emu_log_append($cfg, $req, $authError);

    $route = EMU_V2_ROUTES[$req['path']] ?? null;
    if ($route === null) {
        emu_v2_send_fail($req, "no such APIv2 endpoint: {$req['method']} {$req['path']}", 404);
        return;
    }
    [$handler, $signed, $mtls] = $route;
    if ($mtls && ($why = emu_v2_client_cert_error($cfg, $req)) !== null) {
        error_log("emulator: APIv2 {$req['path']}: $why");
        emu_v2_send_fail($req, '证书错误');
        return;
    }
    if ($failMsg !== null) {
        emu_v2_send_fail($req, $failMsg);
        return;
    }
    emu_v2_answer($cfg, $req, $data, $secret, $handler($cfg, $req, $data), $signed);
}

/**
 * The request's checks: [null, null] when its merchant and sign are right, else [the return_msg to answer,
 * the reason for the log].
 */
function emu_v2_check(array $cfg, ?array $data, #[SensitiveParameter] string $secret): array
{
    if ($data === null) {
        return ['XML格式错误', 'the body is not an APIv2 XML document'];
    }
    $mchid = $data['mch_id'] ?? $data['mchid'] ?? $data['combine_mch_id'] ?? null;
    if ($mchid !== $cfg['mchid']) {
        return ['mch_id参数错误', $mchid === null ? 'no mch_id, mchid or combine_mch_id'
            : "mch_id $mchid is not the configured merchant"];
    }
    $type = $data['sign_type'] ?? EMU_V2_MD5;
    $expected = emu_v2_sign($data, $type, $secret);
    if ($expected === null) {
        return ['签名错误', "sign_type $type is neither MD5 nor HMAC-SHA256"];
    }
    if (!isset($data['sign']) || $data['sign'] === '') {
        return ['签名错误', 'sign is missing'];
    }
    if (!hash_equals($expected, $data['sign'])) {
        return ['签名错误', "sign does not match ($type over the sorted non-empty fields but sign, k=v&..., then &key=SECRET, upper-case hex)"];
    }
    return [null, null];
}

/** Why the TLS front did not vouch for a merchant client certificate, or null when it did. */
function emu_v2_client_cert_error(array $cfg, array $req): ?string
{
    [$verify, $serial] = emu_v2_client($req);
    if ($verify !== 'SUCCESS') {
        return "client certificate verification: $verify";
    }
    return in_array($serial, $cfg['v2_client_serials'], true) ? null
        : "client certificate serial $serial is not a merchant certificate";
}

/** [X-Wxp-Client-Verify, X-Wxp-Client-Serial upper-case], each NONE when absent or empty. */
function emu_v2_client(array $req): array
{
    $verify = $req['headers']['x-wxp-client-verify'] ?? '';
    $serial = strtoupper($req['headers']['x-wxp-client-serial'] ?? '');
    return [$verify === '' ? 'NONE' : $verify, $serial === '' ? 'NONE' : $serial];
}

function emu_v2_send_xml(array $req, int $status, array $fields): void
{
    emu_send($req, $status, emu_v2_xml_build($fields), ['Content-Type' => 'text/xml; charset=utf-8']);
}

/** return_code FAIL with $msg, no sign. */
function emu_v2_send_fail(array $req, string $msg, int $status = 200): void
{
    emu_v2_send_xml($req, $status, ['return_code' => 'FAIL', 'return_msg' => $msg]);
}

/**
 * Answers SUCCESS/SUCCESS with the echoed fields and $fields, signed (request's sign type) when $signed,
 * unless the request's out_trade_no or partner_trade_no names a fault:
 *   FAULT_RETURN_FAIL   return_code FAIL, a return_msg, no sign
 *   FAULT_RESULT_FAIL   result_code FAIL, err_code ORDERNOTEXIST, err_code_des (signed as the route signs)
 *   FAULT_BAD_SIGN      signed, then the sign's first character changed
 *   FAULT_NO_SIGN       no sign
 *   FAULT_HMAC_ANSWER   signed with HMAC-SHA256 whatever the request used
 *   FAULT_HTTP_500      HTTP 500, return_code FAIL (SYSTEMERROR), no sign
 *   FAULT_NOT_XML       HTTP 200, Content-Type text/plain, body `not xml`
 */
function emu_v2_answer(array $cfg, array $req, array $data, #[SensitiveParameter] string $secret, array $fields,
    bool $signed): void
{
    $type = $data['sign_type'] ?? EMU_V2_MD5;
    $fault = $data['out_trade_no'] ?? $data['partner_trade_no'] ?? '';
    $echo = array_intersect_key($data, array_flip(EMU_V2_ECHOED)) + ['nonce_str' => emu_nonce()];
    $answer = ['return_code' => 'SUCCESS', 'return_msg' => 'OK'] + $echo + ['result_code' => 'SUCCESS'];
    switch ($fault) {
        case 'FAULT_RETURN_FAIL':
            emu_v2_send_fail($req, '系统繁忙,请稍后再试');
            return;
        case 'FAULT_HTTP_500':
            emu_v2_send_fail($req, 'SYSTEMERROR', 500);
            return;
        case 'FAULT_NOT_XML':
            emu_send($req, 200, 'not xml', ['Content-Type' => 'text/plain; charset=utf-8']);
            return;
        case 'FAULT_RESULT_FAIL':
            $answer = ['result_code' => 'FAIL', 'err_code' => 'ORDERNOTEXIST', 'err_code_des' => '此交易订单号不存在']
                + $answer;
            break;
        case 'FAULT_NO_SIGN':
            $answer += $fields;
            $signed = false;
            break;
        case 'FAULT_HMAC_ANSWER':
        case 'FAULT_BAD_SIGN':
            $answer += $fields;
            $type = $fault === 'FAULT_HMAC_ANSWER' ? EMU_V2_HMAC : $type;
            $signed = true;
            break;
        default:
            $answer += $fields;
    }
    if ($signed) {
        $answer['sign'] = emu_v2_sign($answer, $type, $secret);
        if ($fault === 'FAULT_BAD_SIGN') {
            $answer['sign'][0] = $answer['sign'][0] === 'A' ? 'B' : 'A';
        }
    }
    emu_v2_send_xml($req, 200, $answer);
}

/** Digits that stay the same for the same input (order and payment numbers). */
function emu_v2_digits(string $seed, int $n): string
{
    return substr(str_pad((string) crc32($seed), 10, '0', STR_PAD_LEFT) . str_repeat('7', $n), 0, $n);
}

/** /pay/orderquery, /pay/micropay, /pay/unifiedorder, /face/get_wxpayface_authinfo: a paid order. */
function emu_v2_pay(array $cfg, array $req, array $data): array
{
    $order = $data['out_trade_no'] ?? '';
    $fee = $data['total_fee'] ?? '1';
    $fields = ['openid' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'is_subscribe' => 'N',
        'trade_type' => $data['trade_type'] ?? ($req['path'] === '/pay/micropay' ? 'MICROPAY' : 'JSAPI'),
        'trade_state' => 'SUCCESS', 'trade_state_desc' => '支付成功', 'bank_type' => 'OTHERS',
        'total_fee' => $fee, 'cash_fee' => $fee, 'fee_type' => 'CNY',
        'transaction_id' => '42000000' . date('Ymd') . emu_v2_digits($order, 10),
        'time_end' => date('YmdHis')];
    if ($req['path'] === '/pay/unifiedorder') {
        $fields['prepay_id'] = 'wx' . date('dHis') . bin2hex(random_bytes(14));
    } elseif ($req['path'] === '/face/get_wxpayface_authinfo') {
        $fields = ['authinfo' => 'emu-authinfo-' . bin2hex(random_bytes(8)), 'expires_in' => '3600'];
    }
    return $fields;
}

/** /mmpaymkttransfers/promotion/transfers (mTLS, unsigned answer): a payment to a user's change. */
function emu_v2_transfers(array $cfg, array $req, array $data): array
{
    $order = $data['partner_trade_no'] ?? '';
    return ['payment_no' => '10100000' . date('Ymd') . emu_v2_digits($order, 14),
        'payment_time' => date('Y-m-d H:i:s')];
}

/** /mmpaysptrans/pay_bank (mTLS, signed answer: its documented fields include sign): a payment to a bank card. */
function emu_v2_pay_bank(array $cfg, array $req, array $data): array
{
    $order = $data['partner_trade_no'] ?? '';
    return ['amount' => $data['amount'] ?? '1',
        'payment_no' => '10000000' . date('Ymd') . emu_v2_digits($order, 10), 'cmms_amt' => '0'];
}

/** /risk/getpublickey (mTLS, unsigned answer): the RSA key bank card numbers are encrypted with. */
function emu_v2_publickey(array $cfg, array $req, array $data): array
{
    if ($cfg['v2_bank_public_key'] === null) {
        throw new RuntimeException('/risk/getpublickey, but WXP_EMU_V2_BANK_PUBLIC_KEY is not set');
    }
    return ['pub_key' => (string) file_get_contents($cfg['v2_bank_public_key'])];
}

/** /secapi/pay/refund (mTLS, signed answer). */
function emu_v2_refund(array $cfg, array $req, array $data): array
{
    $order = $data['out_trade_no'] ?? '';
    $fee = $data['total_fee'] ?? '1';
    return ['transaction_id' => $data['transaction_id'] ?? '42000000' . date('Ymd') . emu_v2_digits($order, 10),
        'out_refund_no' => $data['out_refund_no'] ?? '',
        'refund_id' => '50000000' . date('Ymd') . emu_v2_digits($order . 'refund', 12),
        'refund_fee' => $data['refund_fee'] ?? $fee, 'total_fee' => $fee, 'cash_fee' => $fee];
}

/** /v2emu/whoami (signed, no certificate required): the client certificate the TLS front saw, if any. */
function emu_v2_whoami(array $cfg, array $req, array $data): array
{
    [$verify, $serial] = emu_v2_client($req);
    return ['client_verify' => $verify, 'client_serial' => $serial];
}

/** /sandboxnew/pay/getsignkey (unsigned answer, and not on the client's list of unsigned paths). */
function emu_v2_signkey(array $cfg, array $req, array $data): array
{
    return ['sandbox_signkey' => strtoupper(bin2hex(random_bytes(16)))];
}
