--TEST--
PSR-7 bridge: a Psr\Http\Message\StreamInterface with a method PSR-7 does not have makes the call throw, not die
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
namespace Psr\Http\Message {
    interface StreamInterface
    {
        public function __toString(): string;
        public function toArray(): array;
    }
}
namespace {
    require __DIR__ . '/../../inc/server.inc';
    $i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
    try {
        $i->v3->emulator->echo->get();
    } catch (WeChatPay\Exception\RequestException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses: Psr\Http\Message\StreamInterface declares toArray(), which is not a PSR-7 method
