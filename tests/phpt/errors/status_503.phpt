--TEST--
Errors: a 503 answer throws WeChatPay\Exception\ServerException carrying the status, WeChat Pay's code/message/detail, the Request-ID and the response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

try {
    $client->chain('v3/emulator/error/{status}')->post(['status' => 503, 'json' => ['a' => 1]]);
    echo "no exception\n";
} catch (WeChatPay\Exception\BadResponseException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->getStatusCode(), $e->getCode());
    var_dump($e->getErrorCode(), $e->getErrorMessage(), $e->getErrorDetail());
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    $log = wxp_emulator_requests($emu);
    var_dump($e->getRequestId() === $log[0]['request_id']);
    var_dump($e->getRequestId() === $e->getResponse()->getHeaderLine('Request-ID'));
    echo str_replace([$emu['base_uri'], $e->getRequestId()], ['{BASE}/', '{REQUEST_ID}'], $e->getMessage()), "\n";
}
?>
--EXPECT--
WeChatPay\Exception\Own\ServerException
bool(true)
bool(true)
int(503)
int(503)
string(19) "SERVICE_UNAVAILABLE"
string(43) "emulated SERVICE_UNAVAILABLE for status 503"
array(4) {
  ["field"]=>
  string(16) "/amount/currency"
  ["value"]=>
  string(3) "XYZ"
  ["issue"]=>
  string(14) "emulated error"
  ["location"]=>
  string(4) "body"
}
bool(true)
int(503)
bool(true)
bool(true)
Server error: POST {BASE}/v3/emulator/error/503 answered 503: SERVICE_UNAVAILABLE: emulated SERVICE_UNAVAILABLE for status 503 (Request-ID: {REQUEST_ID})
