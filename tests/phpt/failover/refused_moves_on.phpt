--TEST--
failover: a refused connection (nothing sent) moves any call, POST included, to the next base URI, re-signed (a new nonce and timestamp), sync and async; each emulator's log shows every request exactly once; the refused origin is then avoided by every client of the process for `avoid` seconds (avoid 0: never)
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/failover.inc';

$a = wxp_emulator_start();
$b = wxp_emulator_start();
$dead = wxp_refused_port();
$host = fn (string $origin) => match ($origin) {
    rtrim($a['base_uri'], '/') => 'A', rtrim($b['base_uri'], '/') => 'B', "http://127.0.0.1:$dead" => 'dead', default => $origin,
};
$show = function (WeChatPay\Http\Response $r) use ($host): void {
    $info = $r->getTransferInfo();
    echo $r->getStatusCode(), ' via ', implode(' -> ', array_map(fn ($x) => $host($x['host']) . ':' . ($x['curl_code'] ?: $x['status']), $info['attempts'])),
        ', answered by ', $host($info['host']), "\n";
};
$order = fn (string $no) => ['json' => ['appid' => 'wxd678efh567hg6787', 'mchid' => $a['keys']['mchid'], 'description' => 'd',
    'out_trade_no' => $no, 'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 1]]];
$config = fn (int $avoid) => wxp_config($a, ['base_uri' => "http://127.0.0.1:$dead/",
    'failover' => ['base_uris' => [$b['base_uri'], $a['base_uri']], 'avoid' => $avoid]]);

echo "-- avoid 0: every call tries the refused origin first\n";
$api = WeChatPay\Builder::factory($config(0));
$show($api['v3/emulator/echo']->get());
$show($api['v3/pay/transactions/native']->post($order('FO_0001')));
$show($api['v3/emulator/echo']->getAsync()->wait());

echo "-- avoid 30: after one refusal, other clients skip it\n";
$api = WeChatPay\Builder::factory($config(30));
$show($api->chain('v3/pay/transactions/native')->postAsync($order('FO_0002'))->wait());
$api2 = WeChatPay\Builder::factory($config(30));
$show($api2['v3/emulator/echo']->get());
$p = [$api2['v3/emulator/echo']->getAsync(), $api2['v3/pay/transactions/native']->postAsync($order('FO_0003'))];
foreach (WeChatPay\Promise::all($p)->wait() as $r) {
    $show($r);
}

echo "-- what each emulator got: every request once, each signed anew\n";
$log = wxp_emulator_requests($b);
$got = array_count_values(wxp_failover_log($b));
ksort($got);
print_r($got);
echo 'all verified: ', json_encode(array_unique(array_column($log, 'auth'))), "\n";
$nonces = array_map(fn ($r) => preg_replace('~.*nonce_str="([^"]+)".*~', '$1', $r['headers']['authorization']), $log);
echo 'distinct nonces: ', count(array_unique($nonces)) === count($log) ? 'yes' : 'no', "\n";
echo 'A got: ', count(wxp_emulator_requests($a)), "\n";
?>
--EXPECT--
-- avoid 0: every call tries the refused origin first
200 via dead:7 -> B:200, answered by B
200 via dead:7 -> B:200, answered by B
200 via dead:7 -> B:200, answered by B
-- avoid 30: after one refusal, other clients skip it
200 via dead:7 -> B:200, answered by B
200 via B:200, answered by B
200 via B:200, answered by B
200 via B:200, answered by B
-- what each emulator got: every request once, each signed anew
Array
(
    [GET /v3/emulator/echo] => 4
    [POST /v3/pay/transactions/native] => 3
)
all verified: [true]
distinct nonces: yes
A got: 0
