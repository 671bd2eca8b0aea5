--TEST--
Async: the transfer starts when the promise is created, not at wait(): the emulator logs the requests while the script only sleeps
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);

$get = $client->chain('v3/emulator/echo/{id}')->getAsync(['id' => 'first']);
$post = $client['v3/emulator/echo/{id}']->postAsync(['id' => 'second', 'json' => ['n' => 2]]);
var_dump($get->getState(), $post->getState());

// Nothing waits, nothing else drives the client: only sleep, and read the emulator's log (a plain socket).
usleep(200000);
for ($i = 0; $i < 30 && count($log = wxp_emulator_requests($emu)) < 2; $i++) {
    usleep(100000);
}
$seen = array_map(static fn(array $r): string => $r['method'] . ' ' . $r['request_uri'], $log);
sort($seen);
var_dump($seen);

var_dump($get->wait()->getStatusCode(), $post->wait()->getStatusCode());
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
string(7) "pending"
string(7) "pending"
array(2) {
  [0]=>
  string(27) "GET /v3/emulator/echo/first"
  [1]=>
  string(29) "POST /v3/emulator/echo/second"
}
int(200)
int(200)
int(2)
