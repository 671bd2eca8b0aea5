--TEST--
Promise: otherwise($cb) is then(null, $cb): it handles a rejection (here a 404 of the emulator) and passes a fulfilment through untouched
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$handled = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404])
    ->otherwise(static function (Throwable $e) {
        return get_class($e) . ' ' . $e->getStatusCode() . ' ' . $e->getErrorCode();
    });
var_dump($handled instanceof WeChatPay\Promise);
var_dump($handled->wait());

$untouched = $client->chain('v3/emulator/echo')->getAsync()
    ->otherwise(static function () { echo "not called\n"; return 'wrong'; });
var_dump(get_class($untouched->wait()), $untouched->wait()->getStatusCode());

$p = new WeChatPay\Promise();
$q = $p->otherwise(static fn($reason) => "handled $reason");
$p->reject('plain');
var_dump($q->wait());
?>
--EXPECT--
bool(true)
string(63) "WeChatPay\Exception\Own\ClientException 404 RESOURCE_NOT_EXISTS"
string(23) "WeChatPay\Http\Response"
int(200)
string(13) "handled plain"
