--TEST--
Errors: a config 'timeout' shorter than the answer throws ConnectException with getCurlErrno() 28 (CURLE_OPERATION_TIMEDOUT), no response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
// 1.5 s: the call's time counts from when it is made, and making (signing) one under valgrind takes a good
// part of a second.
$client = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 1.5]));

// Warm-up with a time of its own: the engine, the key's contexts and the connection are made here, which
// under valgrind takes longer than the config's 1.5 s.
$client->chain('v3/emulator/echo')->get(['timeout' => 30]);
wxp_emulator_clear($emu);

$start = microtime(true);
try {
    $client->chain('v3/emulator/slow/5000')->get();
    echo "no exception\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    $elapsed = microtime(true) - $start;
    echo get_class($e), "\n";
    var_dump($e->getCurlErrno(), $e->hasResponse(), $e->getResponse());
    var_dump($elapsed < 4.0); // the answer would take 5 s
    echo str_replace($emu['base_uri'], '{BASE}/', $e->getMessage()), "\n";
}
for ($i = 0; $i < 50 && ($log = wxp_emulator_requests($emu)) === []; $i++) {
    usleep(100000);
}
var_dump(count($log));
?>
--EXPECTF--
WeChatPay\Exception\Own\ConnectException
int(28)
bool(false)
NULL
bool(true)
GET {BASE}/v3/emulator/slow/5000 got no answer: cURL error 28: Operation timed out after %d milliseconds with 0 bytes received
int(1)
