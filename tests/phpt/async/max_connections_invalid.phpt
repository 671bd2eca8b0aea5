--TEST--
max_connections: a config value that is not an integer from 1 to 1024 (0, 2000, '8', 8.0, -1, null) is refused by the factory with InvalidArgumentException; as a per-call option it rejects the promise the same way
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();

foreach ([0, 2000, '8', 8.0, -1, null, 1025] as $value) {
    try {
        WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => $value]));
        echo var_export($value, true), ": accepted\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo var_export($value, true), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([1, 1024] as $value) {
    $client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => $value]));
    echo $value, ': ', $client->chain('v3/emulator/echo')->getAsync()->wait()->getStatusCode(), "\n";
}

$client = WeChatPay\Builder::factory(wxp_config($emu));
wxp_emulator_clear($emu);
foreach ([0, 2000, '8'] as $value) {
    $promise = $client->chain('v3/emulator/echo')->getAsync(['max_connections' => $value]);
    try {
        $promise->wait();
        echo "fulfilled\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo var_export($value, true), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
0: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
2000: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
'8': WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
8.0: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
-1: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
NULL: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
1025: WeChatPay\Exception\InvalidArgumentException: Config 'max_connections' must be an integer from 1 to 1024
1: 200
1024: 200
0: WeChatPay\Exception\InvalidArgumentException: Option 'max_connections' must be an integer from 1 to 1024
2000: WeChatPay\Exception\InvalidArgumentException: Option 'max_connections' must be an integer from 1 to 1024
'8': WeChatPay\Exception\InvalidArgumentException: Option 'max_connections' must be an integer from 1 to 1024
int(0)
