--TEST--
wechatpay.crypto_threads=1: calls whose time (timeout 1 ms) runs out while their signature waits for the one worker fail with a ConnectException (code 28) saying nothing was sent, and none of them reaches the server
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=1
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
// 40 signatures queue on one worker (each a fraction of a millisecond, more under valgrind): the last ones
// cannot be made within the calls' 1 ms.
$promises = [];
for ($i = 0; $i < 40; $i++) {
    $promises[] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i], 'timeout' => 0.001]);
}
$whileSigning = $other = 0;
foreach ($promises as $promise) {
    try {
        $promise->wait();
        $other++;
    } catch (WeChatPay\Exception\ConnectException $e) {
        if (str_contains($e->getMessage(), 'its signature was still being made on a worker thread); nothing was sent')) {
            $whileSigning++;
            $code = $e->getCode();
        } else {
            $other++;
        }
    }
}
var_dump($whileSigning > 0, $code ?? null, $whileSigning + $other);
var_dump(count(wxp_emulator_requests($emu)) <= $other);
?>
--EXPECT--
bool(true)
int(28)
int(40)
bool(true)
