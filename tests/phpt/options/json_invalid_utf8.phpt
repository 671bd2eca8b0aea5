--TEST--
Options: 'json' holding invalid UTF-8 is refused before sending, naming 'json' and the UTF-8 problem
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([['name' => "bad \xff byte"], ['nested' => ['k' => "\xc3\x28"]], ["\xe4\xb8" => 'key']] as $json) {
    try {
        $client->chain('v3/emulator/echo')->post(['json' => $json]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be encoded as JSON: Malformed UTF-8 characters, possibly incorrectly encoded
WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be encoded as JSON: Malformed UTF-8 characters, possibly incorrectly encoded
WeChatPay\Exception\InvalidArgumentException: Option 'json' cannot be encoded as JSON: Malformed UTF-8 characters, possibly incorrectly encoded
int(0)
