<?php
/**
 * WeChat Pay APIv3 emulator: a router script for PHP's built-in web server.
 *
 *   php -n -S 127.0.0.1:0 tests/emulator/router.php      (tests start it with tests/inc/server.inc)
 *
 * Configuration, from the environment (tests/inc/server.inc sets all of them):
 *   WXP_EMU_STATE_DIR             writable directory: state.json (cards), requests.jsonl (request log), locks
 *   WXP_EMU_MCHID                 merchant id requests must carry in Authorization (mchid="...")
 *   WXP_EMU_MERCHANT_SERIAL       merchant certificate serial requests must carry (serial_no="...")
 *   WXP_EMU_MERCHANT_PUBLIC_KEY   path of the merchant certificate or public key (PEM): verifies requests
 *   WXP_EMU_PLATFORM_SERIAL       platform certificate serial, sent as Wechatpay-Serial
 *   WXP_EMU_PLATFORM_PRIVATE_KEY  path of the platform private key (PEM): signs 2xx responses
 *   WXP_EMU_PUBKEY_ID             the "WeChat Pay public key" id, PUB_KEY_ID_...
 *   WXP_EMU_PUBKEY_PRIVATE_KEY    path of that key's private half: signs 2xx responses instead when the request
 *                                 carries `Wechatpay-Serial: <that id>` (public-key mode)
 *   WXP_EMU_PLATFORM_CERT         optional: path of the platform certificate (PEM), served by /v3/certificates
 *                                 (tests may replace or extend the listed and signing certificates: platforms.php)
 *   WXP_EMU_APIV3_KEY_FILE        optional: path of the APIv3 key (32 bytes) /v3/certificates encrypts with
 *   WXP_EMU_V2_SECRET_FILE        optional: path of the APIv2 key (32 characters) that signs v2 requests and answers
 *   WXP_EMU_V2_CLIENT_SERIALS     optional: the merchant client certificate serials (upper-case hex, comma-separated)
 *                                 the mTLS APIv2 routes accept from the TLS front's X-Wxp-Client-Serial header
 *   WXP_EMU_V2_BANK_PUBLIC_KEY    optional: path of the PEM /risk/getpublickey answers with
 *   WXP_EMU_SERVER_LOG            optional: the server's stderr log (default STATE_DIR/server.log); /drop reads
 *                                 the server's process ids from it
 *   PHP_CLI_SERVER_WORKERS        PHP's own: forked workers (the master serves too)
 *
 * Every request, in this order:
 *   /__emulator/...   control endpoints: no auth, unsigned, not logged (control.php; notify.php's
 *                     POST /__emulator/notify, answer_faults.php's /__emulator/faults)
 *   not /v3/...       APIv2: XML, signed with the secret, logged; v2.php (no User-Agent or Authorization check)
 *   logged to STATE_DIR/requests.jsonl with the outcome of the Authorization check (reqlog.php)
 *   no User-Agent     400 PARAM_ERROR
 *   bad Authorization 401 SIGN_ERROR, message says which check failed (auth.php)
 *   unknown request Wechatpay-Serial  400 PARAM_ERROR
 *   a pending fault of /__emulator/faults, if any, applied to the answer (answer_faults.php)
 *   then the routes below (orders.php, refunds.php among them); anything else 404 RESOURCE_NOT_EXISTS.
 * multipart/form-data requests (media uploads) are signed over their `meta` part, not the body (media.php);
 * reading their raw body needs enable_post_data_reading=0, set by whoever starts the server.
 * Every response carries Request-ID; only 2xx responses are signed (signer.php), except the bill file and
 * complaint images (images.php).
 */

declare(strict_types=1);

require __DIR__ . '/config.php';
require __DIR__ . '/http.php';
require __DIR__ . '/auth.php';
require __DIR__ . '/signer.php';
require __DIR__ . '/store.php';
require __DIR__ . '/platforms.php';
require __DIR__ . '/reqlog.php';
require __DIR__ . '/control.php';
require __DIR__ . '/membercard.php';
require __DIR__ . '/testing.php';
require __DIR__ . '/faults.php';
require __DIR__ . '/bills.php';
require __DIR__ . '/media.php';
require __DIR__ . '/images.php';
require __DIR__ . '/certificates.php';
require __DIR__ . '/v2.php';
require __DIR__ . '/sensitive.php';
require __DIR__ . '/orders.php';
require __DIR__ . '/refunds.php';
require __DIR__ . '/notify.php';
require __DIR__ . '/answer_faults.php';

// Warnings must never leak into a body (they would break signatures): log them to stderr, and turn them
// into exceptions answered as 500 EMULATOR_ERROR, a code no real endpoint uses.
ini_set('display_errors', '0');
ini_set('log_errors', '1');
ini_set('default_mimetype', '');
error_reporting(E_ALL);
set_error_handler(static function (int $no, string $msg, string $file, int $line): bool {
    throw new ErrorException($msg, 0, $no, $file, $line);
});

try {
    $cfg = emu_platforms_apply(emu_config());
    $req = emu_request();
    if (str_starts_with($req['path'], '/__emulator/')) {
        if ($req['path'] === '/__emulator/notify' && $req['method'] === 'POST') {
            emu_notify($cfg, $req);
        } elseif (!emu_answer_faults_control($cfg, $req)) {
            emu_control($cfg, $req);
        }
        return true;
    }
    if (!str_starts_with($req['path'], '/v3/')) {
        emu_v2($cfg, $req);
        return true;
    }
    $authError = emu_check_auth($cfg, $req);
    emu_log_append($cfg, $req, $authError);
    if (($req['headers']['user-agent'] ?? '') === '') {
        emu_send_error($req, 400, 'PARAM_ERROR', 'User-Agent header is required');
    } elseif ($authError !== null) {
        emu_send_error($req, 401, 'SIGN_ERROR', $authError);
    } elseif (($serialError = emu_check_request_serial($cfg, $req)) !== null) {
        emu_send_error($req, 400, 'PARAM_ERROR', $serialError);
    } elseif (($fault = emu_answer_fault_take($cfg, $req)) !== null) {
        emu_answer_with_fault($cfg, $req, $fault, static fn () => emu_route($cfg, $req));
    } else {
        emu_route($cfg, $req);
    }
} catch (Throwable $e) {
    error_log('emulator: ' . $e);
    emu_send_error($req ?? ['request_id' => emu_request_id()], 500, 'EMULATOR_ERROR',
        'emulator bug: ' . $e->getMessage());
}
return true;

/** Orders (orders.php) and refunds (refunds.php); false when $p is none of theirs. */
function emu_route_payments(array $cfg, array $req, string $m, string $p): bool
{
    if ($m === 'POST' && preg_match('~^/v3/pay/transactions/(jsapi|native|app|h5)$~', $p, $mm)) {
        emu_order_create($cfg, $req, $mm[1]);
    } elseif ($m === 'GET' && preg_match('~^/v3/pay/transactions/(id|out-trade-no)/([^/]+)$~', $p, $mm)) {
        emu_order_query($cfg, $req, $mm[1] === 'id' ? 'transaction_id' : 'out_trade_no', rawurldecode($mm[2]));
    } elseif ($m === 'POST' && preg_match('~^/v3/pay/transactions/out-trade-no/([^/]+)/close$~', $p, $mm)) {
        emu_order_close($cfg, $req, rawurldecode($mm[1]));
    } elseif ($m === 'POST' && $p === '/v3/refund/domestic/refunds') {
        emu_refund_create($cfg, $req);
    } elseif ($m === 'GET' && preg_match('~^/v3/refund/domestic/refunds/([^/]+)$~', $p, $mm)) {
        emu_refund_query($cfg, $req, rawurldecode($mm[1]));
    } else {
        return false;
    }
    return true;
}

/** Dispatches an authenticated request. Paths are matched on the raw (still percent-encoded) path. */
function emu_route(array $cfg, array $req): void
{
    $m = $req['method'];
    $p = $req['path'];
    if (preg_match('~^/v3/marketing/membercard-open/cards/([^/]+)/codes/([^/]+)$~', $p, $mm)) {
        $cardId = rawurldecode($mm[1]);
        $code = rawurldecode($mm[2]);
        if ($m === 'GET') {
            emu_membercard_get($cfg, $req, $cardId, $code);
            return;
        }
        if ($m === 'PATCH') {
            emu_membercard_patch($cfg, $req, $cardId, $code);
            return;
        }
    } elseif ($p === '/v3/emulator/echo' || str_starts_with($p, '/v3/emulator/echo/')) {
        emu_echo($cfg, $req);
        return;
    } elseif (preg_match('~^/v3/emulator/slow/(\d{1,7})$~', $p, $mm)) {
        emu_slow($cfg, $req, (int) $mm[1]);
        return;
    } elseif (preg_match('~^/v3/emulator/error/(\d{3})$~', $p, $mm)) {
        emu_error_endpoint($cfg, $req, (int) $mm[1]);
        return;
    } elseif (preg_match('~^/v3/emulator/flaky/([A-Za-z0-9_-]{1,64})/(\d{1,3})/(\d{3})$~', $p, $mm)) {
        emu_flaky($cfg, $req, $mm[1], (int) $mm[2], (int) $mm[3]);
        return;
    } elseif (preg_match('~^/v3/emulator/fault/(.+)$~', $p, $mm)) {
        emu_fault($cfg, $req, $mm[1]);
        return;
    } elseif ($p === '/v3/emulator/sensitive' && $m === 'POST') {
        emu_sensitive($cfg, $req);
        return;
    } elseif ($p === '/v3/emulator/cookie') {
        emu_cookie($cfg, $req);
        return;
    } elseif ($p === '/v3/emulator/drop') {
        emu_drop($cfg, $req);
        return;
    } elseif ($p === '/v3/bill/tradebill' && $m === 'GET') {
        emu_tradebill($cfg, $req);
        return;
    } elseif ($p === '/v3/bill/fundflowbill' && $m === 'GET') {
        emu_fundflowbill($cfg, $req);
        return;
    } elseif ($p === '/v3/certificates' && $m === 'GET') {
        emu_certificates($cfg, $req);
        return;
    } elseif ($p === '/v3/billdownload/file' && $m === 'GET') {
        emu_billdownload($cfg, $req);
        return;
    } elseif ($p === '/v3/merchant/media/upload' && $m === 'POST') {
        emu_media_upload($cfg, $req);
        return;
    } elseif (preg_match('~^/v3/emulator/big/(\d{1,9})$~', $p, $mm)) {
        emu_big($cfg, $req, (int) $mm[1]);
        return;
    } elseif (str_starts_with($p, '/v3/merchant-service/images/') && $m === 'GET') {
        emu_complaint_image($cfg, $req);
        return;
    } elseif (emu_route_payments($cfg, $req, $m, $p)) {
        return;
    }
    emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "no such API: $m $p");
}
