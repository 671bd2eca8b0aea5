--TEST--
Guzzle loaded, but a class name the extension would declare over Guzzle's is already taken: no fatal error; the failures are our own classes, still caught by the documented names
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle not installed'); ?>
--FILE--
<?php
namespace WeChatPay\Exception\Guzzle {
    class ErrorBody {}
}
namespace {
    require __DIR__ . '/../../inc/server.inc';
    require '/usr/share/php/GuzzleHttp/autoload.php';
    $emu = wxp_emulator_start();
    $client = WeChatPay\Builder::factory(wxp_config($emu));
    foreach ([1, 2] as $i) {
        try {
            $client->chain('v3/emulator/error/{status}')->get(['status' => 400]);
        } catch (WeChatPay\Exception\ClientException $e) {
            echo get_class($e), ' ', var_export($e instanceof GuzzleHttp\Exception\ClientException, true), ' ', get_class($e->getRequest()), "\n";
        }
    }
    var_dump(class_exists('WeChatPay\Exception\Guzzle\ClientException', false));
}
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException false GuzzleHttp\Psr7\Request
WeChatPay\Exception\Own\ClientException false GuzzleHttp\Psr7\Request
bool(false)
