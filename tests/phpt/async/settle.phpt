--TEST--
Promise::settle(): waits for every input and fulfils, per key in input order, with ['state' => 'fulfilled', 'value' => ...] or ['state' => 'rejected', 'reason' => ...]; never rejects
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$reason = new RuntimeException('by hand');
$byHand = new WeChatPay\Promise();
$byHand->reject($reason);
$settled = WeChatPay\Promise::settle([
    'slow' => $client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 300])->then(static fn($r) => (string) $r->getBody()),
    'error' => $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 500]),
    0 => 'plain',
    'by-hand' => $byHand,
]);
$result = $settled->wait();
var_dump($settled->getState());
var_dump(array_keys($result));
var_dump($result['slow'], $result[0]);
var_dump(array_keys($result['error']), $result['error']['state'], get_class($result['error']['reason']));
var_dump($result['by-hand']['state'], $result['by-hand']['reason'] === $reason);
var_dump(WeChatPay\Promise::settle([])->wait());
?>
--EXPECT--
string(9) "fulfilled"
array(4) {
  [0]=>
  string(4) "slow"
  [1]=>
  string(5) "error"
  [2]=>
  int(0)
  [3]=>
  string(7) "by-hand"
}
array(2) {
  ["state"]=>
  string(9) "fulfilled"
  ["value"]=>
  string(13) "{"slept":300}"
}
array(2) {
  ["state"]=>
  string(9) "fulfilled"
  ["value"]=>
  string(5) "plain"
}
array(2) {
  [0]=>
  string(5) "state"
  [1]=>
  string(6) "reason"
}
string(8) "rejected"
string(39) "WeChatPay\Exception\Own\ServerException"
string(8) "rejected"
bool(true)
array(0) {
}
