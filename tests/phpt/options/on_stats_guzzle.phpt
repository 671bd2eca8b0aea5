--TEST--
Options: with Guzzle loaded, 'on_stats' receives GuzzleHttp\TransferStats over a GuzzleHttp\Psr7\Request of the request as sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$client = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $client->chain('v3/emulator/echo')->post(['json' => ['a' => 1], 'on_stats' => function (GuzzleHttp\TransferStats $stats) {
    $request = $stats->getRequest();
    echo get_class($stats), ' ', get_class($request), ' ', $request->getMethod(), ' ', $stats->getEffectiveUri()->getPath(), ' ',
        (string) $request->getBody(), ' ', str_starts_with($request->getHeaderLine('Authorization'), 'WECHATPAY2-SHA256-RSA2048 ') ? 'signed' : '-',
        ' ', $stats->getResponse()->getStatusCode(), ' ', $stats->getHandlerErrorData(), ' ', is_float($stats->getTransferTime()) ? 'float' : '-', "\n";
}]);
echo $r->getStatusCode(), "\n";
?>
--EXPECT--
GuzzleHttp\TransferStats GuzzleHttp\Psr7\Request POST /v3/emulator/echo {"a":1} signed 200 0 float
200
