--TEST--
Async: a call whose answer came in time is not failed with a timeout because the app was busy (sleeping) longer than the call's 'timeout' before it waited: the time nothing drives the transfers is not the transfer's
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

$start = microtime(true);
$promise = $client->chain('v3/emulator/echo/{id}')->getAsync(['id' => 'busy-app', 'timeout' => 1.5]);
// The emulator answers within milliseconds (it logs the request first)...
for ($i = 0; $i < 30 && wxp_emulator_requests($emu) === []; $i++) {
    usleep(50000);
}
var_dump(count(wxp_emulator_requests($emu)));
// ...while the app does 2.5 s of other work before it waits.
usleep((int) ((2.5 - (microtime(true) - $start)) * 1e6));
try {
    $response = $promise->wait();
    echo $response->getStatusCode(), ' ', json_decode((string) $response->getBody(), true)['request_uri'], "\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', str_replace($emu['base_uri'], '{BASE}/', $e->getMessage()), "\n";
}
?>
--EXPECT--
int(1)
200 /v3/emulator/echo/busy-app
