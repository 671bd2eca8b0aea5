--TEST--
Async: waiting on a promise that no transfer is behind (new WeChatPay\Promise(), settled from an HTTP promise's callback) drives the transfers too
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$deferred = new WeChatPay\Promise();
$client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 200])
    ->then(static function ($response) use ($deferred) {
        $deferred->resolve(json_decode((string) $response->getBody(), true));
    });
var_dump($deferred->getState());
var_dump($deferred->wait());
var_dump($deferred->getState());
?>
--EXPECT--
string(7) "pending"
array(1) {
  ["slept"]=>
  int(200)
}
string(9) "fulfilled"
