--TEST--
Promise::all(): fulfils with every value in the inputs' key order whatever order they complete in (slow/2000 before slow/50), string and int keys kept, plain values and settled promises taken as they are
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 6]);
// The fast call goes to an emulator of its own: no php -S process can serve it after the slow one.
$other = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');

$done = [];
$track = static function (WeChatPay\Promise $p, string $name) use (&$done): WeChatPay\Promise {
    return $p->then(static function ($r) use (&$done, $name) { $done[] = $name; return json_decode((string) $r->getBody(), true)['slept']; });
};
$settled = new WeChatPay\Promise();
$settled->resolve('already');
$all = WeChatPay\Promise::all([
    'slow' => $track($slow->getAsync(['ms' => 2000]), 'slow'), // slow enough for the fast one to be made first, even under valgrind
    7 => $track($slow->getAsync(['ms' => 50, 'base_uri' => $other['base_uri']]), 'fast'),
    'plain' => 'a plain value',
    3 => null,
    'settled' => $settled,
]);
var_dump($all instanceof WeChatPay\Promise, $all->getState());
var_dump($all->wait());
var_dump($done);

var_dump(WeChatPay\Promise::all([])->wait());
?>
--EXPECT--
bool(true)
string(7) "pending"
array(5) {
  ["slow"]=>
  int(2000)
  [7]=>
  int(50)
  ["plain"]=>
  string(13) "a plain value"
  [3]=>
  NULL
  ["settled"]=>
  string(7) "already"
}
array(2) {
  [0]=>
  string(4) "fast"
  [1]=>
  string(4) "slow"
}
array(0) {
}
