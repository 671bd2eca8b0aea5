--TEST--
failover: an async call waiting out its backoff can be cancelled (nothing more is sent), and one whose promise is dropped is simply freed; a sync call meanwhile runs normally
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$emu = wxp_emulator_start();
wxp_emulator_control($emu, 'POST', '/__emulator/faults', json_encode(['fault' => 'status:503', 'count' => 2, 'path' => '/v3/emulator/echo']));
$api = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 30, 'failover' => ['base_uris' => [], 'backoff' => 20]]));
$p = $api['v3/emulator/echo']->getAsync();
$dropped = $api['v3/emulator/echo']->getAsync();
// sync calls drive the loop: both async calls are sent (with wechatpay.crypto_threads, once signed on a
// worker), get their 503 and start backing off meanwhile
$echoes = fn () => count(array_filter(wxp_failover_log($emu), fn ($l) => $l === 'GET /v3/emulator/echo'));
for ($n = 0; $n < 50 && $echoes() < 2; $n++) {
    $api['v3/certificates']->get();
}
echo $api['v3/certificates']->get()->getStatusCode(), "\n";
echo $p->getState(), "\n";
$p->cancel();
echo $p->getState(), "\n";
try {
    $p->wait();
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
unset($dropped);
echo 'echo requests: ', $echoes(), "\n";
?>
--EXPECTF--
200
pending
rejected
%SCancellationException
echo requests: 2
