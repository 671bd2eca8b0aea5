--TEST--
Guzzle interop: an autoloader that throws while the first promise of a request looks PromiseInterface up rejects the async call with its exception (new Promise() lets it be thrown)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 2]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

spl_autoload_register(static function ($class) {
    if ($class === 'GuzzleHttp\Promise\PromiseInterface') {
        throw new LogicException('autoloader failed');
    }
});
$failed = $client->chain('v3/emulator/echo')->getAsync();
try {
    $failed->wait();
} catch (LogicException $e) {
    echo get_class($failed), ' rejected: ', $e->getMessage(), "\n";
}
// Looked up once per request: the next promises do not run the autoloader again.
var_dump($client->chain('v3/emulator/echo')->getAsync()->wait()->getStatusCode(), get_class(new WeChatPay\Promise()));
?>
--EXPECT--
WeChatPay\Promise rejected: autoloader failed
int(200)
string(17) "WeChatPay\Promise"
