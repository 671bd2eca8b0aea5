--TEST--
Async failures: a connection closed without a byte of answer (the emulator's /drop) rejects the promise with the ConnectException the sync call throws (cURL error 52, same message, no response)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]); // each drop costs one server process: 5 processes, 2 drops
$client = WeChatPay\Builder::factory(wxp_config($emu));
$node = $client->chain('v3/emulator/drop');

$describe = static fn(Throwable $e): string => get_class($e) . ' errno=' . $e->getCurlErrno() . ' code=' . $e->getCode()
    . ' response=' . var_export($e->getResponse(), true) . ' '
    . str_replace($emu['base_uri'], '{BASE}/', $e->getMessage());
try {
    $node->post(['json' => ['a' => 1]]);
    echo "sync: no exception\n";
} catch (Throwable $e) {
    $sync = $describe($e);
}
$promise = $node->postAsync(['json' => ['a' => 1]]);
try {
    $promise->wait();
    echo "async: fulfilled\n";
} catch (Throwable $e) {
    $async = $describe($e);
    echo $async, "\n";
    var_dump($async === $sync);
}
?>
--EXPECT--
WeChatPay\Exception\Own\ConnectException errno=52 code=52 response=NULL POST {BASE}/v3/emulator/drop got no answer: cURL error 52: Empty reply from server
bool(true)
