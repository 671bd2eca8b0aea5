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
// the sync call drives the loop: both async calls get their 503 and start backing off meanwhile
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
$got = array_count_values(wxp_failover_log($emu));
ksort($got);
print_r($got);
?>
--EXPECTF--
200
pending
rejected
%SCancellationException
Array
(
    [GET /v3/certificates] => 1
    [GET /v3/emulator/echo] => 2
)
