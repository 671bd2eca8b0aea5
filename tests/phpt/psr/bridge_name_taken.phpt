--TEST--
PSR-7 bridge: an app class named WeChatPay\Http\Response makes the call throw; an exact twin is adopted
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
namespace WeChatPay\Http {
    class Response {}
}
namespace {
    require __DIR__ . '/../../inc/server.inc';
    $i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
    try {
        $i->v3->emulator->echo->get();
    } catch (WeChatPay\Exception\RequestException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    // The stream class was declared before the response class failed; it stays usable.
    var_dump(class_exists('WeChatPay\Http\Stream', false),
        (new ReflectionClass('WeChatPay\Http\Stream'))->getFileName());
}
?>
--EXPECT--
WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses: the class name WeChatPay\Http\Response is already in use
bool(true)
string(22) "wechatpay PSR-7 bridge"
