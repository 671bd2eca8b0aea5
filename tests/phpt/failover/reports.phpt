--TEST--
failover: on_stats and debug see every attempt, sync and async (the failed one with its own error, before the retry is sent); what on_stats throws about a failed attempt fails the call, and nothing more is sent
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$a = wxp_emulator_start();
$b = wxp_emulator_start();
$dead = wxp_refused_port();
$host = fn (string $url) => match (parse_url($url, PHP_URL_PORT)) { $a['port'] => 'A', $b['port'] => 'B', $dead => 'dead', default => $url };
$seen = [];
$onStats = function ($stats) use (&$seen, $host): void {
    $seen[] = $host((string) $stats->getEffectiveUri()) . ' ' . ($stats->hasResponse() ? $stats->getResponse()->getStatusCode() : 'no answer')
        . ' ' . ($stats->getHandlerErrorData() === null ? '-' : 'error ' . (is_int($stats->getHandlerErrorData()) ? $stats->getHandlerErrorData() : get_class($stats->getHandlerErrorData())));
};
$api = WeChatPay\Builder::factory(wxp_config($a, ['base_uri' => "http://127.0.0.1:$dead/",
    'failover' => ['base_uris' => [$a['base_uri'], $b['base_uri']], 'backoff' => 0.01, 'avoid' => 0]]));
$fault = fn () => wxp_emulator_control($a, 'POST', '/__emulator/faults', json_encode(['fault' => 'status:503']));

echo "-- sync: refused, 503, 200\n";
$fault();
echo $api['v3/emulator/echo']->get(['on_stats' => $onStats])->getStatusCode(), "\n";
echo implode("\n", $seen), "\n";
$seen = [];
echo "-- async\n";
$fault();
echo $api['v3/emulator/echo']->getAsync(['on_stats' => $onStats])->wait()->getStatusCode(), "\n";
echo implode("\n", $seen), "\n";
$seen = [];

echo "-- debug: one trace per attempt\n";
$fault();
$trace = fopen('php://memory', 'w+');
$api['v3/emulator/echo']->get(['debug' => $trace]);
rewind($trace);
$text = stream_get_contents($trace);
echo 'requests traced: ', preg_match_all('~^> GET /v3/emulator/echo~m', $text), "\n";

echo "-- on_stats throwing about the refused attempt: the call fails, nothing sent\n";
wxp_emulator_clear($a);
wxp_emulator_clear($b);
$throw = function ($stats) { throw new RuntimeException('stop after ' . parse_url((string) $stats->getEffectiveUri(), PHP_URL_PATH)); };
foreach ([fn () => $api['v3/emulator/echo']->get(['on_stats' => $throw]),
          fn () => $api['v3/emulator/echo']->getAsync(['on_stats' => $throw])->wait()] as $call) {
    try {
        $call();
    } catch (RuntimeException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo 'sent: ', count(wxp_emulator_requests($a)) + count(wxp_emulator_requests($b)), "\n";
?>
--EXPECTF--
-- sync: refused, 503, 200
200
dead no answer error %s
A 503 error %s
B 200 error 0
-- async
200
dead no answer error %s
A 503 error %s
B 200 error 0
-- debug: one trace per attempt
requests traced: 2
-- on_stats throwing about the refused attempt: the call fails, nothing sent
RuntimeException: stop after /v3/emulator/echo
RuntimeException: stop after /v3/emulator/echo
sent: 0
