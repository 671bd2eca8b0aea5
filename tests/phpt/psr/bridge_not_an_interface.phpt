--TEST--
PSR-7 bridge: a class (not an interface) named Psr\Http\Message\ResponseInterface makes the call throw, not die
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
namespace Psr\Http\Message {
    class ResponseInterface {}
}
namespace {
    require __DIR__ . '/../../inc/server.inc';
    $i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
    for ($n = 0; $n < 2; $n++) {
        try {
            $i->v3->emulator->echo->get();
        } catch (WeChatPay\Exception\RequestException $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump(class_exists('WeChatPay\Http\Response', false));
}
?>
--EXPECT--
WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses: Psr\Http\Message\ResponseInterface is not an interface
WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses: Psr\Http\Message\ResponseInterface is not an interface
bool(false)
