--TEST--
Async failures: a 4xx/5xx answer rejects the promise with the exception the sync call throws (ClientException/ServerException: same message, status, error code, message, detail; response attached)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$node = $client->chain('v3/emulator/error/{status}');

$describe = static fn(Throwable $e): string => get_class($e) . ' code=' . $e->getCode() . ' status=' . $e->getStatusCode()
    . ' ' . $e->getErrorCode() . ' "' . $e->getErrorMessage() . '" ' . json_encode($e->getErrorDetail())
    . ' response=' . ($e->hasResponse() ? $e->getResponse()->getStatusCode() : 'none')
    . ' request-id-matches=' . var_export($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID'), true) . "\n  "
    . str_replace([$emu['base_uri'], (string) $e->getRequestId()], ['{BASE}/', '{REQUEST_ID}'], $e->getMessage());
foreach ([400, 404, 429, 500, 503] as $status) {
    try {
        $node->patch(['status' => $status, 'json' => ['s' => $status]]);
        echo "sync: no exception\n";
    } catch (Throwable $e) {
        $sync = $describe($e);
    }
    $promise = $node->patchAsync(['status' => $status, 'json' => ['s' => $status]]);
    try {
        $promise->wait();
        echo "async: fulfilled\n";
    } catch (Throwable $e) {
        $async = $describe($e);
        echo $async, "\n";
        var_dump($async === $sync);
    }
}
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException code=400 status=400 PARAM_ERROR "emulated PARAM_ERROR for status 400" {"field":"\/amount\/currency","value":"XYZ","issue":"emulated error","location":"body"} response=400 request-id-matches=true
  Client error: PATCH {BASE}/v3/emulator/error/400 answered 400: PARAM_ERROR: emulated PARAM_ERROR for status 400 (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\ClientException code=404 status=404 RESOURCE_NOT_EXISTS "emulated RESOURCE_NOT_EXISTS for status 404" {"field":"\/amount\/currency","value":"XYZ","issue":"emulated error","location":"body"} response=404 request-id-matches=true
  Client error: PATCH {BASE}/v3/emulator/error/404 answered 404: RESOURCE_NOT_EXISTS: emulated RESOURCE_NOT_EXISTS for status 404 (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\ClientException code=429 status=429 FREQUENCY_LIMITED "emulated FREQUENCY_LIMITED for status 429" {"field":"\/amount\/currency","value":"XYZ","issue":"emulated error","location":"body"} response=429 request-id-matches=true
  Client error: PATCH {BASE}/v3/emulator/error/429 answered 429: FREQUENCY_LIMITED: emulated FREQUENCY_LIMITED for status 429 (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\ServerException code=500 status=500 SYSTEM_ERROR "emulated SYSTEM_ERROR for status 500" {"field":"\/amount\/currency","value":"XYZ","issue":"emulated error","location":"body"} response=500 request-id-matches=true
  Server error: PATCH {BASE}/v3/emulator/error/500 answered 500: SYSTEM_ERROR: emulated SYSTEM_ERROR for status 500 (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\ServerException code=503 status=503 SERVICE_UNAVAILABLE "emulated SERVICE_UNAVAILABLE for status 503" {"field":"\/amount\/currency","value":"XYZ","issue":"emulated error","location":"body"} response=503 request-id-matches=true
  Server error: PATCH {BASE}/v3/emulator/error/503 answered 503: SERVICE_UNAVAILABLE: emulated SERVICE_UNAVAILABLE for status 503 (Request-ID: {REQUEST_ID})
bool(true)
