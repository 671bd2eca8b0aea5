--TEST--
failover: a 5xx is retried (with backoff, on the next base URI) only for calls safe to repeat: GET and closing an order; a POST that reached the server is never sent twice (the emulator's log); 4xx never; `retries` bounds the attempts and the call's `timeout` bounds the backoff
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$a = wxp_emulator_start();
$b = wxp_emulator_start();
$fault = fn (array $emu, string $f, int $count = 1, string $path = '/v3/')
    => wxp_emulator_control($emu, 'POST', '/__emulator/faults', json_encode(['fault' => $f, 'count' => $count, 'path' => $path]));
$host = fn (string $origin) => match ($origin) { rtrim($a['base_uri'], '/') => 'A', rtrim($b['base_uri'], '/') => 'B', default => $origin };
$attempts = fn ($r) => implode(' -> ', array_map(fn ($x) => $host($x['host']) . ':' . ($x['curl_code'] ?: $x['status']), $r->getTransferInfo()['attempts']));
$try = function (callable $call) use ($attempts): void {
    try {
        $r = $call();
        echo $r->getStatusCode(), ' via ', $attempts($r), "\n";
    } catch (WeChatPay\Exception\WeChatPayException $e) {
        echo get_class($e), ' ', $e->getCode(), "\n";
    }
};
$logs = function () use ($a, $b): void {
    echo '   A: ', implode(', ', wxp_failover_log($a)), "\n   B: ", implode(', ', wxp_failover_log($b)), "\n";
    wxp_emulator_clear($a);
    wxp_emulator_clear($b);
};
$order = fn (string $no) => ['json' => ['appid' => 'wxd678efh567hg6787', 'mchid' => $a['keys']['mchid'], 'description' => 'd',
    'out_trade_no' => $no, 'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 1]]];
$api = WeChatPay\Builder::factory(wxp_config($a, ['failover' => ['base_uris' => [$b['base_uri']], 'backoff' => 0.01]]));

echo "-- GET answered 503: retried on B\n";
$fault($a, 'status:503');
$try(fn () => $api['v3/emulator/echo']->get());
$logs();
echo "-- async GET answered 502: retried on B\n";
$fault($a, 'status:502');
$try(fn () => $api['v3/emulator/echo']->getAsync()->wait());
$logs();
echo "-- POST of an order answered 503: never sent twice\n";
$fault($a, 'status:503');
$try(fn () => $api['v3/pay/transactions/native']->post($order('FO_RETRY_1')));
$fault($a, 'status:500');
$try(fn () => $api['v3/pay/transactions/native']->postAsync($order('FO_RETRY_2'))->wait());
$logs();
echo "-- closing an order is safe to repeat (WeChat answers 204 again): retried\n";
$one = WeChatPay\Builder::factory(wxp_config($a, ['failover' => ['base_uris' => [], 'backoff' => 0.01]]));
$one['v3/pay/transactions/native']->post($order('FO_CLOSE_1'));
$fault($a, 'status:503');
$try(fn () => $one['v3/pay/transactions/out-trade-no/{no}/close']->post(['no' => 'FO_CLOSE_1', 'json' => ['mchid' => $a['keys']['mchid']]]));
$logs();
echo "-- 4xx: never retried\n";
$fault($a, 'status:429');
$try(fn () => $api['v3/emulator/echo']->get());
$logs();
echo "-- retries 0, and retries used up\n";
$fault($a, 'status:503');
$try(fn () => $api['v3/emulator/echo']->get(['failover' => ['retries' => 0]]));
$fault($a, 'status:503', 3);
$fault($b, 'status:503', 3);
$try(fn () => $api['v3/emulator/echo']->get(['failover' => ['retries' => 2]]));
$logs();
wxp_emulator_control($a, 'DELETE', '/__emulator/faults');
wxp_emulator_control($b, 'DELETE', '/__emulator/faults');
echo "-- a backoff longer than the call's timeout: no retry\n";
$fault($a, 'status:503');
$try(fn () => $api['v3/emulator/echo']->get(['timeout' => 2, 'failover' => ['backoff' => 30]]));
$logs();
echo "-- every origin refused: the last error, all attempts in its handler context\n";
[$d1, $d2] = [wxp_refused_port(), wxp_refused_port()];
$refused = WeChatPay\Builder::factory(wxp_config($a, ['base_uri' => "http://127.0.0.1:$d1/",
    'failover' => ['base_uris' => ["http://127.0.0.1:$d2/"], 'backoff' => 0.01, 'avoid' => 0]]));
try {
    $refused['v3/pay/transactions/native']->post($order('FO_REFUSED'));
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace([(string) $d1, (string) $d2], ['D1', 'D2'], preg_replace('~: Failed.*\)~U', '', $e->getMessage())), "\n";
    foreach ($e->getHandlerContext()['attempts'] as $x) {
        echo '   ', str_replace([(string) $d1, (string) $d2], ['D1', 'D2'], $x['host']), ' ', $x['curl_code'], "\n";
    }
}
?>
--EXPECT--
-- GET answered 503: retried on B
200 via A:503 -> B:200
   A: GET /v3/emulator/echo
   B: GET /v3/emulator/echo
-- async GET answered 502: retried on B
200 via A:502 -> B:200
   A: GET /v3/emulator/echo
   B: GET /v3/emulator/echo
-- POST of an order answered 503: never sent twice
WeChatPay\Exception\Own\ServerException 503
WeChatPay\Exception\Own\ServerException 500
   A: POST /v3/pay/transactions/native, POST /v3/pay/transactions/native
   B: 
-- closing an order is safe to repeat (WeChat answers 204 again): retried
204 via A:503 -> A:204
   A: POST /v3/pay/transactions/native, POST /v3/pay/transactions/out-trade-no/FO_CLOSE_1/close, POST /v3/pay/transactions/out-trade-no/FO_CLOSE_1/close
   B: 
-- 4xx: never retried
WeChatPay\Exception\Own\ClientException 429
   A: GET /v3/emulator/echo
   B: 
-- retries 0, and retries used up
WeChatPay\Exception\Own\ServerException 503
WeChatPay\Exception\Own\ServerException 503
   A: GET /v3/emulator/echo, GET /v3/emulator/echo, GET /v3/emulator/echo
   B: GET /v3/emulator/echo
-- a backoff longer than the call's timeout: no retry
WeChatPay\Exception\Own\ServerException 503
   A: GET /v3/emulator/echo
   B: 
-- every origin refused: the last error, all attempts in its handler context
WeChatPay\Exception\Own\ConnectException 7: POST http://127.0.0.1:D1/v3/pay/transactions/native got no answer: cURL error 7 (the last of 3 attempts: getHandlerContext()['attempts'])
   http://127.0.0.1:D1 7
   http://127.0.0.1:D2 7
   http://127.0.0.1:D1 7
