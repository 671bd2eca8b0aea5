--TEST--
failover: a connect that times out (a black hole: its accept backlog full) sent nothing, so even a POST moves to the next base URI; a server that accepts and never answers may have the request: a GET is retried after `attempt_timeout`, a POST is not (the emulator never sees it twice); async calls backing off block no other transfer
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$emu = wxp_emulator_start();
$hole = wxp_black_hole();
$silent = wxp_silent_server();
$host = fn (string $origin) => match ($origin) {
    rtrim($emu['base_uri'], '/') => 'emulator', "http://127.0.0.1:{$hole['port']}" => 'hole',
    "http://127.0.0.1:{$silent['port']}" => 'silent', default => $origin,
};
$attempts = fn ($r) => implode(' -> ', array_map(fn ($x) => $host($x['host']) . ':' . ($x['curl_code'] ?: $x['status']), $r->getTransferInfo()['attempts']));
$order = fn (string $no) => ['json' => ['appid' => 'wxd678efh567hg6787', 'mchid' => $emu['keys']['mchid'], 'description' => 'd',
    'out_trade_no' => $no, 'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 1]]];

echo "-- black hole: the connect times out, nothing was sent\n";
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://127.0.0.1:{$hole['port']}/", 'connect_timeout' => 0.3,
    'timeout' => 20, 'failover' => ['base_uris' => [$emu['base_uri']], 'avoid' => 0]]));
echo $attempts($api['v3/pay/transactions/native']->post($order('FO_HOLE_1'))), "\n";
echo $attempts($api['v3/emulator/echo']->getAsync()->wait()), "\n";

echo "-- silent server: the request went out, no answer\n";
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://127.0.0.1:{$silent['port']}/", 'timeout' => 20,
    'failover' => ['base_uris' => [$emu['base_uri']], 'backoff' => 0, 'attempt_timeout' => 0.5]]));
echo $attempts($api['v3/emulator/echo']->get()), "\n";
try {
    $api['v3/pay/transactions/native']->post($order('FO_SILENT_1'));
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}

echo "-- an async call backing off lets the others run and settle first\n";
wxp_emulator_control($emu, 'POST', '/__emulator/faults', json_encode(['fault' => 'status:503', 'path' => '/v3/emulator/echo']));
$api = WeChatPay\Builder::factory(wxp_config($emu, ['timeout' => 20, 'failover' => ['base_uris' => [], 'backoff' => 2]]));
$settled = [];
$slow = $api['v3/emulator/echo']->getAsync()->then(function ($r) use (&$settled, $attempts) { $settled[] = 'echo ' . $attempts($r); });
$fast = [];
foreach (['FO_ASYNC_1', 'FO_ASYNC_2', 'FO_ASYNC_3'] as $no) {
    $fast[] = $api['v3/pay/transactions/native']->postAsync($order($no))->then(function ($r) use (&$settled, $no) { $settled[] = "$no " . $r->getStatusCode(); });
}
WeChatPay\Promise::all(array_merge([$slow], $fast))->wait();
$last = array_pop($settled);
sort($settled);
echo implode("\n", $settled), "\nlast: $last\n";

echo "-- what the emulator got\n";
$got = array_count_values(wxp_failover_log($emu));
ksort($got);
print_r($got);
?>
--EXPECT--
-- black hole: the connect times out, nothing was sent
hole:28 -> emulator:200
hole:28 -> emulator:200
-- silent server: the request went out, no answer
silent:28 -> emulator:200
WeChatPay\Exception\Own\ConnectException 28
-- an async call backing off lets the others run and settle first
FO_ASYNC_1 200
FO_ASYNC_2 200
FO_ASYNC_3 200
last: echo emulator:503 -> emulator:200
-- what the emulator got
Array
(
    [GET /v3/emulator/echo] => 4
    [POST /v3/pay/transactions/native] => 4
)
