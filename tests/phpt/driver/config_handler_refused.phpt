--TEST--
Config 'handler': anything but a GuzzleHttp\HandlerStack is refused by name
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
foreach ([fn () => null, 'GuzzleHttp\HandlerStack', new stdClass()] as $handler) {
    try { WeChatPay\Builder::factory(wxp_test_config(['handler' => $handler])); }
    catch (WeChatPay\Exception\InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
}
var_dump(WeChatPay\Builder::factory(wxp_test_config(['handler' => GuzzleHttp\HandlerStack::create()])) instanceof WeChatPay\BuilderChainable);
?>
--EXPECT--
Config 'handler' must be a GuzzleHttp\HandlerStack (getDriver()'s Guzzle client uses a copy of it, with the signer and verifier added), Closure given
Config 'handler' (a Guzzle request option) is refused: in the config it must be a GuzzleHttp\HandlerStack, the stack getDriver()'s Guzzle client uses (a copy of it, with the signer and verifier added)
Config 'handler' must be a GuzzleHttp\HandlerStack (getDriver()'s Guzzle client uses a copy of it, with the signer and verifier added), stdClass given
bool(true)
