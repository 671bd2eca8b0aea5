--TEST--
Options: 'query' as an array is encoded as http_build_query(..., PHP_QUERY_RFC3986) (spaces %20) and signed as sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$query = ['bill_date' => '2024-01-01', 'a' => 'x y', 'b' => '中', 'c' => ['1', '2'], 'd' => 'a+b&c=d/e', 'n' => 5];
$response = $client->chain('v3/emulator/echo')->get(['query' => $query]);
var_dump($response->getStatusCode());

$log = wxp_emulator_requests($emu);
echo $log[0]['request_uri'], "\n";
var_dump($log[0]['request_uri'] === '/v3/emulator/echo?' . http_build_query($query, '', '&', PHP_QUERY_RFC3986));
var_dump($log[0]['auth']);
// What the server decoded
echo json_encode(json_decode((string) $response->getBody(), true)['query'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
int(200)
/v3/emulator/echo?bill_date=2024-01-01&a=x%20y&b=%E4%B8%AD&c%5B0%5D=1&c%5B1%5D=2&d=a%2Bb%26c%3Dd%2Fe&n=5
bool(true)
bool(true)
{"bill_date":"2024-01-01","a":"x y","b":"中","c":["1","2"],"d":"a+b&c=d/e","n":"5"}
