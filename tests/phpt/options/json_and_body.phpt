--TEST--
Options: 'json' and 'body' together are refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

try {
    $client->chain('v3/emulator/echo')->post(['json' => ['a' => 1], 'body' => '{"a":2}']);
    echo "sent\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Options 'json' and 'body' cannot be used together: pass one of them
int(0)
