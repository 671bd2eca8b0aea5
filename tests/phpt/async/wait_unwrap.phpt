--TEST--
Promise: wait() returns the value or throws the reason itself (the very object); wait(false) never throws and returns null, fulfilled or rejected
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
use WeChatPay\Promise;
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$value = new ArrayObject([1, 2]);
$fulfilled = new Promise();
$fulfilled->resolve($value);
var_dump($fulfilled->wait() === $value, $fulfilled->wait(true) === $value);
var_dump($fulfilled->wait(false));

$reason = new UnexpectedValueException('the reason');
$rejected = new Promise();
$rejected->reject($reason);
try {
    $rejected->wait();
    echo "no throw\n";
} catch (UnexpectedValueException $e) {
    var_dump($e === $reason);
}
var_dump($rejected->wait(false));
var_dump($rejected->wait(false)); // again: still no throw

$plain = new Promise();
$plain->reject('just a string');
var_dump($plain->wait(false));

// The same with transfers: a 500 rejects; wait(false) drives it to the end without throwing.
$failing = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 500]);
var_dump($failing->wait(false), $failing->getState());
try {
    $failing->wait();
} catch (WeChatPay\Exception\ServerException $e) {
    echo get_class($e), ' ', $e->getStatusCode(), "\n";
}
$ok = $client->chain('v3/emulator/echo')->getAsync();
var_dump($ok->wait(false), $ok->getState(), get_class($ok->wait()));
?>
--EXPECT--
bool(true)
bool(true)
NULL
bool(true)
NULL
NULL
NULL
NULL
string(8) "rejected"
WeChatPay\Exception\Own\ServerException 500
NULL
string(9) "fulfilled"
string(23) "WeChatPay\Http\Response"
