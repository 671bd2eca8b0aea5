--TEST--
Guzzle interop: GuzzleHttp\Promise\Utils::all() over our HTTP promises waits them all and gives the responses in key order; a rejection of ours rejects it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');

$all = GuzzleHttp\Promise\Utils::all(['a' => $slow->getAsync(['ms' => 300]), 'b' => $slow->getAsync(['ms' => 50]),
    'c' => $client->chain('v3/emulator/echo')->postAsync(['json' => ['x' => 1]])]);
var_dump($all instanceof GuzzleHttp\Promise\PromiseInterface);
$responses = $all->wait();
foreach ($responses as $key => $response) {
    echo $key, ' ', get_class($response), ' ', $response->getStatusCode(), ' ', (string) $response->getBody() === '' ? '' : substr((string) $response->getBody(), 0, 12), "\n";
}

$failing = GuzzleHttp\Promise\Utils::all([$slow->getAsync(['ms' => 100]),
    $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 400])]);
try {
    $failing->wait();
    echo "no throw\n";
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), ' ', $e->getStatusCode(), "\n";
}
?>
--EXPECT--
bool(true)
a WeChatPay\Http\Response 200 {"slept":300
b WeChatPay\Http\Response 200 {"slept":50}
c WeChatPay\Http\Response 200 {"method":"P
WeChatPay\Exception\Own\ClientException 400
