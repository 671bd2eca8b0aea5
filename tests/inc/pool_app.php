<?php
/**
 * A merchant app for the pool tests, served by `php -S` WITH the extension loaded (tests/inc/pool.inc starts
 * it): every web request builds a new client, makes one call and answers JSON
 *   {"status": int|null, "body": decoded JSON|null, "info": getTransferInfo()|null,
 *    "error": "Class: message"|null, "stats": WeChatPay\Pool::stats()}
 * Query: path (API path, default v3/emulator/echo), verify ("ca": the test CA, "off": false, "default":
 * the system's). The client config (keys, base_uri, ca) comes from the JSON file named by env
 * WXP_POOL_APP_CONFIG.
 */

declare(strict_types=1);

require __DIR__ . '/pool_client.php';

$cfg = json_decode((string) file_get_contents((string) getenv('WXP_POOL_APP_CONFIG')), true, 16, JSON_THROW_ON_ERROR);
$verify = ['ca' => $cfg['ca'], 'off' => false, 'default' => true][$_GET['verify'] ?? 'ca'];
$out = ['status' => null, 'body' => null, 'info' => null, 'error' => null];
try {
    $client = wxp_pool_client($cfg, $verify);
    $response = $client->chain($_GET['path'] ?? 'v3/emulator/echo')->get();
    $out['status'] = $response->getStatusCode();
    $out['body'] = json_decode((string) $response->getBody(), true);
    $out['info'] = $response->getTransferInfo();
} catch (Throwable $e) {
    $out['error'] = get_class($e) . ': ' . $e->getMessage();
}
$out['stats'] = WeChatPay\Pool::stats();
header('Content-Type: application/json');
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
