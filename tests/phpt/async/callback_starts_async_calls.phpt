--TEST--
Async: a callback may start new async calls; they run on the same loop and the chain completes (three dependent calls, then a fan-out of three waited with Promise::all)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$echo = $client->chain('v3/emulator/echo/{step}');
$uri = static fn($response): string => json_decode((string) $response->getBody(), true)['request_uri'];

$result = $echo->getAsync(['step' => 'one'])
    ->then(static function ($r) use ($echo, $uri) {
        echo "1: ", $uri($r), "\n";
        return $echo->postAsync(['step' => 'two', 'json' => ['after' => 'one']]);
    })
    ->then(static function ($r) use ($echo, $uri) {
        echo "2: ", $uri($r), "\n";
        // A call started inside a callback and not returned: it still runs.
        $side = $echo->putAsync(['step' => 'side', 'json' => []]);
        return $echo->deleteAsync(['step' => 'three'])->then(static fn($r3) => [$r3, $side]);
    })
    ->then(static function (array $pair) use ($echo, $uri) {
        [$r, $side] = $pair;
        echo "3: ", $uri($r), "\n";
        echo "side: ", $uri($side->wait()), "\n";
        return WeChatPay\Promise::all([
            $echo->getAsync(['step' => 'fan-a']),
            $echo->getAsync(['step' => 'fan-b']),
            $echo->getAsync(['step' => 'fan-c']),
        ]);
    })
    ->then(static fn(array $responses) => array_map($uri, $responses));
var_dump($result->wait());
$log = array_map(static fn(array $r): string => $r['method'] . ' ' . $r['request_uri'], wxp_emulator_requests($emu));
sort($log);
echo implode("\n", $log), "\n";
?>
--EXPECT--
1: /v3/emulator/echo/one
2: /v3/emulator/echo/two
3: /v3/emulator/echo/three
side: /v3/emulator/echo/side
array(3) {
  [0]=>
  string(23) "/v3/emulator/echo/fan-a"
  [1]=>
  string(23) "/v3/emulator/echo/fan-b"
  [2]=>
  string(23) "/v3/emulator/echo/fan-c"
}
DELETE /v3/emulator/echo/three
GET /v3/emulator/echo/fan-a
GET /v3/emulator/echo/fan-b
GET /v3/emulator/echo/fan-c
GET /v3/emulator/echo/one
POST /v3/emulator/echo/two
PUT /v3/emulator/echo/side
