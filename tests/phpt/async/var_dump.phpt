--TEST--
Debug: var_dump() of a promise shows its state, and once settled its value or reason (print_r too); pending HTTP promises show no value
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$p = new WeChatPay\Promise();
var_dump($p);
$p->resolve(['a' => 1]);
var_dump($p);
$r = new WeChatPay\Promise();
$r->reject('why');
var_dump($r);
print_r($r);
echo "\n";

$http = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404]);
var_dump($http);
$http->wait(false);
$dump = (static function ($v): string { ob_start(); var_dump($v); return ob_get_clean(); })($http);
echo implode("\n", array_slice(explode("\n", $dump), 0, 6)), "\n";
?>
--EXPECTF--
object(WeChatPay\Promise)#%d (1) {
  ["state"]=>
  string(7) "pending"
}
object(WeChatPay\Promise)#%d (2) {
  ["state"]=>
  string(9) "fulfilled"
  ["value"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
}
object(WeChatPay\Promise)#%d (2) {
  ["state"]=>
  string(8) "rejected"
  ["reason"]=>
  string(3) "why"
}
WeChatPay\Promise Object
(
    [state] => rejected
    [reason] => why
)

object(WeChatPay\Promise)#%d (1) {
  ["state"]=>
  string(7) "pending"
}
object(WeChatPay\Promise)#%d (2) {
  ["state"]=>
  string(8) "rejected"
  ["reason"]=>
  object(WeChatPay\Exception\Own\ClientException)#%d (%d) {
    ["message":protected]=>
