--TEST--
Async: getAsync/putAsync/postAsync/patchAsync/deleteAsync on a node reached in each of the three styles (chain, declarative, array access) return a WeChatPay\Promise whose wait() gives the verified response of that verb
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$nodes = [
    'chain' => $client->v3->emulator->echo->_id_,
    'declarative' => $client->chain('v3/emulator/echo/{id}'),
    'arrayaccess' => $client['v3/emulator/echo/{id}'],
];
$promises = [];
foreach ($nodes as $style => $node) {
    foreach (['get', 'put', 'post', 'patch', 'delete'] as $verb) {
        $options = ['id' => "$style-$verb"];
        if ($verb !== 'get' && $verb !== 'delete') {
            $options['json'] = ['verb' => $verb];
        }
        $promise = $node->{$verb . 'Async'}($options);
        if (!$promise instanceof WeChatPay\Promise) {
            echo "$style $verb: ", get_debug_type($promise), "\n";
            continue;
        }
        $promises["$style $verb"] = $promise;
    }
}
var_dump(count($promises));
foreach ($promises as $name => $promise) {
    $response = $promise->wait();
    $echo = json_decode((string) $response->getBody(), true);
    printf("%-18s %s %d %s %s '%s'\n", $name, get_class($response), $response->getStatusCode(), $echo['method'],
        $echo['request_uri'], $echo['body']);
}
$log = wxp_emulator_requests($emu);
var_dump(count($log));
var_dump(count(array_filter($log, static fn(array $r): bool => $r['auth'])));
?>
--EXPECT--
int(15)
chain get          WeChatPay\Http\Response 200 GET /v3/emulator/echo/chain-get ''
chain put          WeChatPay\Http\Response 200 PUT /v3/emulator/echo/chain-put '{"verb":"put"}'
chain post         WeChatPay\Http\Response 200 POST /v3/emulator/echo/chain-post '{"verb":"post"}'
chain patch        WeChatPay\Http\Response 200 PATCH /v3/emulator/echo/chain-patch '{"verb":"patch"}'
chain delete       WeChatPay\Http\Response 200 DELETE /v3/emulator/echo/chain-delete ''
declarative get    WeChatPay\Http\Response 200 GET /v3/emulator/echo/declarative-get ''
declarative put    WeChatPay\Http\Response 200 PUT /v3/emulator/echo/declarative-put '{"verb":"put"}'
declarative post   WeChatPay\Http\Response 200 POST /v3/emulator/echo/declarative-post '{"verb":"post"}'
declarative patch  WeChatPay\Http\Response 200 PATCH /v3/emulator/echo/declarative-patch '{"verb":"patch"}'
declarative delete WeChatPay\Http\Response 200 DELETE /v3/emulator/echo/declarative-delete ''
arrayaccess get    WeChatPay\Http\Response 200 GET /v3/emulator/echo/arrayaccess-get ''
arrayaccess put    WeChatPay\Http\Response 200 PUT /v3/emulator/echo/arrayaccess-put '{"verb":"put"}'
arrayaccess post   WeChatPay\Http\Response 200 POST /v3/emulator/echo/arrayaccess-post '{"verb":"post"}'
arrayaccess patch  WeChatPay\Http\Response 200 PATCH /v3/emulator/echo/arrayaccess-patch '{"verb":"patch"}'
arrayaccess delete WeChatPay\Http\Response 200 DELETE /v3/emulator/echo/arrayaccess-delete ''
int(15)
int(15)
