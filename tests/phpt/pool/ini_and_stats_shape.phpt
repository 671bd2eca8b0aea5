--TEST--
Pool: INI defaults, Pool::stats() shape before and after a call, Pool cannot be instantiated, getTransferInfo() shape on sync and async responses and on a with*() copy
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
var_dump(ini_get('wechatpay.pool'), ini_get('wechatpay.pool_max_idle'), ini_get('wechatpay.pool_max_age'));
var_dump(ini_set('wechatpay.pool_max_age', '3'), ini_get('wechatpay.pool_max_age'));

try {
    new WeChatPay\Pool();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$r = new ReflectionClass(WeChatPay\Pool::class);
var_dump($r->isFinal());

$before = WeChatPay\Pool::stats();
var_dump($before['pid'] === getmypid());
unset($before['pid']);
var_dump($before);

$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$sync = $api->chain('v3/emulator/echo')->get();
$async = $api->chain('v3/emulator/echo')->getAsync()->wait();
foreach (['sync' => $sync, 'async' => $async, 'with*() copy' => $sync->withHeader('X-A', 'b')] as $what => $response) {
    $info = $response->getTransferInfo();
    echo "$what: ", implode(' ', array_map(static fn ($k, $v) => "$k:" . get_debug_type($v), array_keys($info), $info)), "\n";
    var_dump($info['total'] >= $info['first_byte'] && $info['first_byte'] >= $info['connect'] && $info['connect'] > 0,
        $info['tls'] === 0.0, $info['primary_ip'] === '127.0.0.1', $info['primary_port'] === $emu['port']);
}
// `php -S` closes every connection: nothing is reused, every call opens one.
$after = WeChatPay\Pool::stats();
unset($after['pid']);
var_dump($after);
?>
--EXPECTF--
string(1) "1"
string(2) "32"
string(1) "7"
bool(false)
string(1) "7"
Error: Call to private WeChatPay\Pool::__construct() from global scope
bool(true)
bool(true)
array(11) {
  ["enabled"]=>
  bool(true)
  ["requests"]=>
  int(0)
  ["transfers"]=>
  int(0)
  ["connections_opened"]=>
  int(0)
  ["connections_reused"]=>
  int(0)
  ["tls_handshakes"]=>
  int(0)
  ["max_idle"]=>
  int(32)
  ["max_age"]=>
  int(7)
  ["keys_cached"]=>
  int(0)
  ["key_parses"]=>
  int(0)
  ["key_cache_hits"]=>
  int(0)
}
sync: connect:float tls:float first_byte:float total:float reused:bool primary_ip:string primary_port:int
bool(true)
bool(true)
bool(true)
bool(true)
async: connect:float tls:float first_byte:float total:float reused:bool primary_ip:string primary_port:int
bool(true)
bool(true)
bool(true)
bool(true)
with*() copy: connect:float tls:float first_byte:float total:float reused:bool primary_ip:string primary_port:int
bool(true)
bool(true)
bool(true)
bool(true)
array(11) {
  ["enabled"]=>
  bool(true)
  ["requests"]=>
  int(1)
  ["transfers"]=>
  int(2)
  ["connections_opened"]=>
  int(2)
  ["connections_reused"]=>
  int(0)
  ["tls_handshakes"]=>
  int(0)
  ["max_idle"]=>
  int(32)
  ["max_age"]=>
  int(7)
  ["keys_cached"]=>
  int(2)
  ["key_parses"]=>
  int(2)
  ["key_cache_hits"]=>
  int(0)
}
