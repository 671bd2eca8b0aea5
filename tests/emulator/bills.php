<?php
/**
 * Bills:
 *   GET /v3/bill/tradebill?bill_date=YYYY-MM-DD[&bill_type=ALL][&tar_type=GZIP]
 *   GET /v3/bill/fundflowbill?bill_date=YYYY-MM-DD[&account_type=BASIC][&tar_type=GZIP]
 *       200 signed {"hash_type":"SHA1","hash_value":<SHA-1 of the UNCOMPRESSED bill>,"download_url"}
 *       Emulator-only query fields (the real API has none of them), carried in the token:
 *         emulator_size=N     the bill is generated to exactly N bytes (rows of the real layout, repeated), up to
 *                             1 GiB, and streamed in 64 KiB pieces (gzipped as it goes), never whole in memory
 *         emulator_fault=...  wrong-hash    hash_value is the SHA-1 of another bill
 *                             truncated     the gzip body (tar_type GZIP) stops short of its last 100 bytes
 *                             corrupt       one byte in the middle of the gzip body is changed
 *                             gzip-type     a plain bill labelled Content-Type: application/x-gzip
 *                             status-500    the download answers 500 SYSTEM_ERROR (unsigned, as errors are)
 *                             status-204    the download answers 204 without a body
 *                             stall         the download sends its first 64 KiB, then waits 5 s before the rest
 *   GET /v3/billdownload/file?token=...
 *       200 UNSIGNED (by design, as the real API): the bill as CSV text (text/csv), gzip-compressed
 *       (application/octet-stream) when the token came from a tar_type=GZIP request. Any token works (unknown
 *       ones get a generic bill); no token: 400.
 * download_url points back at this server, with https when the request came through a TLS front (its Host
 * port differs from our own port).
 */

declare(strict_types=1);

const EMU_BILL_MAX_SIZE = 1 << 30;
const EMU_BILL_FAULTS = ['', 'wrong-hash', 'truncated', 'corrupt', 'gzip-type', 'status-500', 'status-204', 'stall'];

function emu_tradebill(array $cfg, array $req): void
{
    emu_bill_answer($cfg, $req, 'trade', (string) ($req['query']['bill_type'] ?? 'ALL'));
}

function emu_fundflowbill(array $cfg, array $req): void
{
    emu_bill_answer($cfg, $req, 'fundflow', (string) ($req['query']['account_type'] ?? 'BASIC'));
}

/** The signed answer of tradebill/fundflowbill: hash_value over the bill the token will download. */
function emu_bill_answer(array $cfg, array $req, string $kind, string $type): void
{
    $date = $req['query']['bill_date'] ?? null;
    if (!is_string($date) || !preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'bill_date must be YYYY-MM-DD', ['field' => 'bill_date',
            'value' => $date, 'issue' => 'must be YYYY-MM-DD', 'location' => 'query']);
        return;
    }
    $gzip = ($req['query']['tar_type'] ?? '') === 'GZIP';
    $size = isset($req['query']['emulator_size']) ? (int) $req['query']['emulator_size'] : null;
    $fault = (string) ($req['query']['emulator_fault'] ?? '');
    if (($size !== null && ($size < 0 || $size > EMU_BILL_MAX_SIZE)) || !in_array($fault, EMU_BILL_FAULTS, true)) {
        emu_send_error($req, 400, 'PARAM_ERROR', 'emulator_size must be 0 to 1 GiB, emulator_fault one of '
            . implode(', ', array_filter(EMU_BILL_FAULTS)));
        return;
    }
    // the token: the original 3 fields, then what only this emulator reads
    $fields = [$date, $type, $gzip];
    if ($kind !== 'trade' || $size !== null || $fault !== '') {
        array_push($fields, $kind, $size, $fault);
    }
    $token = rtrim(strtr(base64_encode(emu_json($fields)), '+/', '-_'), '=');
    $hash = hash_init('sha1');
    emu_bill_pieces($kind, $date, $type, $size, static function (string $piece) use ($hash): void {
        hash_update($hash, $piece);
    });
    $sha1 = hash_final($hash);
    if ($fault === 'wrong-hash') {
        $sha1 = sha1("not the bill $sha1");
    }
    $host = $req['headers']['host'] ?? ('127.0.0.1:' . $_SERVER['SERVER_PORT']);
    $hostPort = (int) (parse_url("http://$host", PHP_URL_PORT) ?? 80);
    $scheme = $hostPort === (int) $_SERVER['SERVER_PORT'] ? 'http' : 'https';
    emu_send_signed_json($cfg, $req, [
        'hash_type' => 'SHA1',
        'hash_value' => $sha1,
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
    if (!is_array($decoded) || (count($decoded) !== 3 && count($decoded) !== 6)) {
        $decoded = [gmdate('Y-m-d', 86400 * (1 + crc32($token) % 1000)), 'ALL', false];
    }
    [$date, $type, $gzip, $kind, $size, $fault] = $decoded + [3 => 'trade', 4 => null, 5 => ''];
    $date = (string) $date;
    $type = (string) $type;
    $kind = (string) $kind;
    $size = $size === null ? null : (int) $size;
    if ($fault === 'status-500') {
        emu_send_error($req, 500, 'SYSTEM_ERROR', 'system error, try again later');
        return;
    }
    if ($fault === 'status-204') {
        emu_send($req, 204, '');
        return;
    }
    if ($size === null && $fault === '') { // the small bill, whole, as before
        $csv = $kind === 'fundflow' ? emu_fundflow_csv($date, $type) : emu_bill_csv($date, $type);
        if ($gzip) {
            emu_send($req, 200, gzencode($csv), ['Content-Type' => 'application/octet-stream']);
        } else {
            emu_send($req, 200, $csv, ['Content-Type' => 'text/csv; charset=utf-8']);
        }
        return;
    }
    emu_bill_stream($req, $kind, $date, $type, $size, (bool) $gzip, (string) $fault);
}

/** Streams a bill in pieces (gzipped as it goes), without Content-Length: the connection's end ends it. */
function emu_bill_stream(array $req, string $kind, string $date, string $type, ?int $size, bool $gzip, string $fault): void
{
    header_remove('X-Powered-By');
    header('Request-ID: ' . $req['request_id']);
    header('Content-Type: ' . ($gzip ? 'application/octet-stream'
        : ($fault === 'gzip-type' ? 'application/x-gzip' : 'text/csv; charset=utf-8')));
    $deflate = $gzip ? deflate_init(ZLIB_ENCODING_GZIP, ['level' => 1]) : null;
    // truncated and corrupt hold back the last 128 bytes, so they can cut or change what goes out
    $held = '';
    $sent = 0;
    $out = static function (string $bytes) use (&$held, &$sent, $fault): void {
        $held .= $bytes;
        if (strlen($held) > 65536 + 128) {
            $piece = substr($held, 0, -128);
            $held = substr($held, -128);
            if ($fault === 'corrupt' && $sent === 0 && strlen($piece) > 100) {
                $piece[100] = chr(ord($piece[100]) ^ 0x55);
            }
            $sent += strlen($piece);
            echo $piece;
            flush();
            if ($fault === 'stall' && $sent === strlen($piece)) {
                sleep(5);
            }
        }
    };
    emu_bill_pieces($kind, $date, $type, $size, static function (string $piece) use ($deflate, $out): void {
        $out($deflate ? deflate_add($deflate, $piece, ZLIB_NO_FLUSH) : $piece);
    });
    if ($deflate) {
        $out(deflate_add($deflate, '', ZLIB_FINISH));
    }
    if ($fault === 'corrupt' && $sent === 0 && strlen($held) > 20) {
        $held[20] = chr(ord($held[20]) ^ 0x55);
    }
    echo $fault === 'truncated' ? substr($held, 0, -100) : $held;
}

/**
 * Calls $take with the bill in pieces of about 64 KiB: the small bill of emu_bill_csv() when $size is null,
 * else rows of the same layout repeated (numbered) to exactly $size bytes. The same pieces each time.
 */
function emu_bill_pieces(string $kind, string $date, string $type, ?int $size, callable $take): void
{
    if ($size === null) {
        $take($kind === 'fundflow' ? emu_fundflow_csv($date, $type) : emu_bill_csv($date, $type));
        return;
    }
    $rows = explode("\r\n", $kind === 'fundflow' ? emu_fundflow_csv($date, $type) : emu_bill_csv($date, $type));
    $head = $rows[0] . "\r\n";
    $row = $rows[1] . "\r\n";
    $piece = substr($head, 0, $size);
    $left = $size - strlen($piece);
    for ($n = 1; $left > 0; $n++) {
        $line = sprintf('%08d', $n) . $row;
        $line = strlen($line) > $left ? substr($line, 0, $left) : $line;
        $piece .= $line;
        $left -= strlen($line);
        if (strlen($piece) >= 65536) {
            $take($piece);
            $piece = '';
        }
    }
    if ($piece !== '') {
        $take($piece);
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

/** A small fund-flow bill in the real layout: header, rows, summary header and row. */
function emu_fundflow_csv(string $date, string $type): string
{
    $rows = ['记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号'];
    for ($i = 1; $i <= 3; $i++) {
        $rows[] = implode(',', [
            "`$date 11:0$i:00", '`42000000' . str_replace('-', '', $date) . "00$i", "`{$type}FLOW{$i}", '`交易',
            '`交易', '`收入', "`{$i}.00", '`' . number_format(100 + $i * ($i + 1) / 2, 2, '.', ''), '`system', '`',
            "`ORDER{$i}",
        ]);
    }
    $rows[] = '资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额';
    $rows[] = '`3,`3,`6.00,`0,`0.00';
    return implode("\r\n", $rows) . "\r\n";
}
