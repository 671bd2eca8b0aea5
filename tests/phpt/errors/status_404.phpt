--TEST--
Errors: a 404 for an unknown API throws ClientException with RESOURCE_NOT_EXISTS, no detail (null), and the Request-ID
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
    $client->v3->noSuchApi->outTradeNo->_out_trade_no_->get(['out_trade_no' => 'NO-SUCH-ORDER', 'query' => ['mchid' => '1900000001']]);
    echo "no exception\n";
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), "\n";
    var_dump($e->getStatusCode(), $e->getCode(), $e->getErrorCode(), $e->getErrorMessage(), $e->getErrorDetail());
    var_dump($e->hasResponse(), $e->getResponse()->getStatusCode());
    var_dump($e->getRequestId() === wxp_emulator_requests($emu)[0]['request_id']);
    echo str_replace([$emu['base_uri'], $e->getRequestId()], ['{BASE}/', '{REQUEST_ID}'], $e->getMessage()), "\n";
}
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException
int(404)
int(404)
string(19) "RESOURCE_NOT_EXISTS"
string(59) "no such API: GET /v3/no-such-api/out-trade-no/NO-SUCH-ORDER"
NULL
bool(true)
int(404)
bool(true)
Client error: GET {BASE}/v3/no-such-api/out-trade-no/NO-SUCH-ORDER?mchid=1900000001 answered 404: RESOURCE_NOT_EXISTS: no such API: GET /v3/no-such-api/out-trade-no/NO-SUCH-ORDER (Request-ID: {REQUEST_ID})
