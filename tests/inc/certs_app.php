<?php
/**
 * The merchant app of the automatic platform certificate tests, served by php-fpm WITH the extension
 * (wxp_fpm_app_start() in tests/inc/fpm.inc; its config from wxp_certs_app_config() in tests/inc/certs_app.inc).
 * Every web request builds a client from the JSON file named by env WXP_CERTS_APP_CONFIG,
 *   {"factory": WeChatPay\Builder::factory()'s config as is, "path": "v3/..."},
 * makes `->chain($_GET['path'] ?? path)->get()` and answers JSON
 *   {"status": int|null, "error": "Class: message"|null, "previous": the exception's getPrevious() as
 *    "Class: message"|null, "serial": the answer's Wechatpay-Serial|null, "pid": getmypid()}
 * A refused call with a response (a 4xx/5xx) still gives its status and serial.
 */

declare(strict_types=1);

$out = ['status' => null, 'error' => null, 'previous' => null, 'serial' => null, 'pid' => getmypid()];
$describe = static fn (Throwable $e): string => get_class($e) . ': ' . $e->getMessage();
$cfg = json_decode((string) file_get_contents((string) getenv('WXP_CERTS_APP_CONFIG')), true, 64, JSON_THROW_ON_ERROR);
$response = null;
try {
    $response = WeChatPay\Builder::factory($cfg['factory'])->chain($_GET['path'] ?? $cfg['path'])->get();
} catch (Throwable $e) {
    $out['error'] = $describe($e);
    $out['previous'] = $e->getPrevious() !== null ? $describe($e->getPrevious()) : null;
    $response = method_exists($e, 'getResponse') ? $e->getResponse() : null;
}
if ($response !== null) {
    $out['status'] = $response->getStatusCode();
    $out['serial'] = $response->hasHeader('Wechatpay-Serial') ? $response->getHeaderLine('Wechatpay-Serial') : null;
}
header('Content-Type: application/json');
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR);
