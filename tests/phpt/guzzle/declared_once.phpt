--TEST--
Guzzle loaded: a successful call declares nothing (the success path is unchanged); the first failure declares WeChatPay\Exception\Guzzle\* once for the request, from code compiled in memory; later failures, sync and async, reuse them
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$declared = static fn(): array => array_values(array_filter(get_declared_classes(), static fn($c) => str_starts_with($c, 'WeChatPay\Exception\Guzzle\\')));
$client->chain('v3/emulator/echo')->get();
$client->chain('v3/emulator/echo')->getAsync()->wait();
var_dump($declared(), class_exists('GuzzleHttp\Exception\RequestException', false));
try {
    $client->chain('v3/emulator/error/{status}')->get(['status' => 400]);
} catch (GuzzleHttp\Exception\ClientException $e) {
    echo get_class($e), "\n";
}
$first = $declared();
echo implode("\n", $first), "\n";
echo (new ReflectionClass('WeChatPay\Exception\Guzzle\ClientException'))->getFileName(), "\n";
foreach ([400, 500, 404] as $status) {
    $reason = $client->chain('v3/emulator/error/{status}')->getAsync(['status' => $status])->then(null, fn($e) => $e)->wait();
    echo get_class($reason), "\n";
}
var_dump($declared() === $first);
?>
--EXPECT--
array(0) {
}
bool(false)
WeChatPay\Exception\Guzzle\ClientException
WeChatPay\Exception\Guzzle\RequestException
WeChatPay\Exception\Guzzle\BadResponseException
WeChatPay\Exception\Guzzle\ClientException
WeChatPay\Exception\Guzzle\ServerException
WeChatPay\Exception\Guzzle\VerificationException
WeChatPay\Exception\Guzzle\ConnectException
wechatpay exception classes
WeChatPay\Exception\Guzzle\ClientException
WeChatPay\Exception\Guzzle\ServerException
WeChatPay\Exception\Guzzle\ClientException
bool(true)
