--TEST--
Options: a per-call 'timeout' of 1.5 s against a 5 s answer fails quickly with ConnectException (CURLE_OPERATION_TIMEDOUT)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 30]));

$client->chain('v3/emulator/echo')->get(); // warm-up: engine, key and connection ready (valgrind is slow)
wxp_emulator_clear($emu);

$start = microtime(true);
try {
    // 1.5 s, not less: the call's time counts from when it is made, and making (signing) one under valgrind
    // takes a good part of a second.
    $client->chain('v3/emulator/slow/{ms}')->get(['ms' => 5000, 'timeout' => 1.5]);
    echo "answered\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    $elapsed = microtime(true) - $start;
    echo get_class($e), "\n";
    var_dump($e->getCurlErrno());
    var_dump($elapsed >= 1.4 && $elapsed < 4.0);
    var_dump($e->hasResponse());
}
// It was sent: the server saw it (it logs a request before answering; give it a moment).
for ($i = 0; $i < 50 && ($log = wxp_emulator_requests($emu)) === []; $i++) {
    usleep(100000);
}
var_dump(count($log), $log[0]['request_uri']);
?>
--EXPECT--
WeChatPay\Exception\Own\ConnectException
int(28)
bool(true)
bool(false)
int(1)
string(22) "/v3/emulator/slow/5000"
