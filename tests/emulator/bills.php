<?php
/**
 * Bills:
 *   GET /v3/bill/tradebill?bill_date=YYYY-MM-DD[&bill_type=ALL][&tar_type=GZIP]
 *       200 signed {"hash_type":"SHA1","hash_value":<SHA-1 of the UNCOMPRESSED bill>,"download_url"}
 *   GET /v3/billdownload/file?token=...
 *       200 UNSIGNED (by design, as the real API): the bill as CSV text, gzip-compressed when the token came
 *       from a tar_type=GZIP request. Any token works (unknown ones get a generic bill); no token: 400.
 * download_url points back at this server, with https when the request came through a TLS front (its Host
 * port differs from our own port).
 */

declare(strict_types=1);

function emu_tradebill(array $cfg, array $req): void
{
    $date = $req['query']['bill_date'] ?? null;
    if (!is_string($date) || !preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'bill_date must be YYYY-MM-DD', ['field' => 'bill_date',
            'value' => $date, 'issue' => 'must be YYYY-MM-DD', 'location' => 'query']);
        return;
    }
    $type = (string) ($req['query']['bill_type'] ?? 'ALL');
    $gzip = ($req['query']['tar_type'] ?? '') === 'GZIP';
    $token = rtrim(strtr(base64_encode(emu_json([$date, $type, $gzip])), '+/', '-_'), '=');
    $host = $req['headers']['host'] ?? ('127.0.0.1:' . $_SERVER['SERVER_PORT']);
    $hostPort = (int) (parse_url("http://$host", PHP_URL_PORT) ?? 80);
    $scheme = $hostPort === (int) $_SERVER['SERVER_PORT'] ? 'http' : 'https';
    emu_send_signed_json($cfg, $req, [
        'hash_type' => 'SHA1',
        'hash_value' => sha1(emu_bill_csv($date, $type)),
        'download_url' => "$scheme://$host/v3/billdownload/file?token=$token",
    ]);
}

function emu_billdownload(array $cfg, array $req): void
{
    $token = $req['query']['token'] ?? '';
    if (!is_string($token) || $token === '') {
        emu_send_error($req, 400, 'PARAM_ERROR', 'token is required');
        return;
    }
    $decoded = json_decode((string) base64_decode(strtr($token, '-_', '+/')), true);
    [$date, $type, $gzip] = is_array($decoded) && count($decoded) === 3
        ? $decoded : [gmdate('Y-m-d', 86400 * (1 + crc32($token) % 1000)), 'ALL', false];
    $csv = emu_bill_csv((string) $date, (string) $type);
    if ($gzip) {
        emu_send($req, 200, gzencode($csv), ['Content-Type' => 'application/octet-stream']);
    } else {
        emu_send($req, 200, $csv, ['Content-Type' => 'text/csv; charset=utf-8']);
    }
}

/** A small trade bill in the real layout: header, backquote-prefixed rows, summary header and row. */
function emu_bill_csv(string $date, string $type): string
{
    $rows = ["交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,商品名称,手续费,费率"];
    for ($i = 1; $i <= 3; $i++) {
        $rows[] = implode(',', [
            "`$date 10:0$i:00", '`wx2421b1c4370ec43b', '`1900000001', '`0', '`',
            '`42000000' . str_replace('-', '', $date) . "00$i", "`ORDER{$i}", '`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
            '`JSAPI', '`SUCCESS', '`CMB_CREDIT', '`CNY', "`{$i}.00", '`0.00', "`会员卡充值{$i}", '`0.01', '`0.60%',
        ]);
    }
    $rows[] = '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额';
    $rows[] = '`3,`6.00,`0.00,`0.00,`0.03,`6.00,`0.00';
    return implode("\r\n", $rows) . "\r\n";
}
