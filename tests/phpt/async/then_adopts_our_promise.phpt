--TEST--
Promise: a callback returning one of our promises (pending, settled later; or an HTTP promise) is adopted: the next promise takes its value or reason
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

// A pending deferred, settled by another callback later.
$inner = new Promise();
$start = new Promise();
$outer = $start->then(static fn() => $inner);
$start->then(static function () use ($inner) { $inner->resolve('inner value'); });
$start->resolve(null);
var_dump($outer->wait());

// An HTTP promise returned from a callback: its response is the value.
$chained = $client->chain('v3/emulator/echo/{id}')->getAsync(['id' => 'one'])
    ->then(static fn($r) => $client->chain('v3/emulator/echo/{id}')->postAsync(['id' => 'two', 'json' => ['from' => json_decode((string) $r->getBody(), true)['request_uri']]]))
    ->then(static fn($r) => json_decode((string) $r->getBody(), true));
$echo = $chained->wait();
var_dump($echo['method'], $echo['request_uri'], $echo['body']);

// Adopted rejection.
$rejected = new Promise();
$rejected->reject(new LengthException('adopted reason'));
$next = (new Promise())->then(null, null);
$head = new Promise();
$tail = $head->then(static fn() => $rejected);
$head->resolve(1);
try {
    $tail->wait();
} catch (LengthException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// resolve() with a promise adopts it too.
$a = new Promise();
$b = new Promise();
$a->resolve($b);
var_dump($a->getState());
$b->resolve('via resolve()');
var_dump($a->wait());
?>
--EXPECT--
string(11) "inner value"
string(4) "POST"
string(21) "/v3/emulator/echo/two"
string(36) "{"from":"\/v3\/emulator\/echo\/one"}"
LengthException: adopted reason
string(7) "pending"
string(13) "via resolve()"
