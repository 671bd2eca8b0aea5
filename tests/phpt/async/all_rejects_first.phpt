--TEST--
Promise::all(): rejects with the first rejection to happen (a fast 404 while a slow 200 and a later rejection are pending), whatever its key's place, and stays rejected with it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 8]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)

// Started first, so no emulator worker is busy with a slow answer when it arrives; listed last.
$first = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404]);
$late = new WeChatPay\Promise();
$client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 1000])->then(static function () use ($late) {
    $late->reject(new RuntimeException('later rejection'));
});
$all = WeChatPay\Promise::all([
    'ok' => $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 300]),
    'late' => $late,
    'first' => $first,
]);
try {
    $all->wait();
    echo "no throw\n";
} catch (Throwable $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}
$late->wait(false); // let the later rejection happen: it changes nothing
var_dump($all->getState());
try {
    $all->wait();
} catch (Throwable $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}

// Plain values with a non-Throwable rejection.
$r = new WeChatPay\Promise();
$r->reject('nope');
try {
    WeChatPay\Promise::all([1, $r, 3])->wait();
} catch (WeChatPay\Exception\RejectionException $e) {
    var_dump($e->getReason());
}
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException 404
string(8) "rejected"
WeChatPay\Exception\Own\ClientException 404
string(4) "nope"
