--TEST--
Options: a {+x} value holding a '..' or '.' path segment (also as %2E) is refused before sending
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach (['../error/500', 'a/../../b', 'a/./b', 'a/%2E%2E/b', 'a/..'] as $value) {
    try {
        $client->chain('v3/emulator/echo/{+rest}')->get(['rest' => $value]);
        echo "sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));

// Dots inside a segment are fine.
$client->chain('v3/emulator/echo/{+rest}')->get(['rest' => 'a/..b/c../.d']);
echo wxp_emulator_requests($emu)[0]['request_uri'], "\n";
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '..', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '..', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '.', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '%2E%2E', which would change the path
WeChatPay\Exception\InvalidArgumentException: Placeholder {+rest} holds the path segment '..', which would change the path
int(0)
/v3/emulator/echo/a/..b/c../.d
