--TEST--
Options: a {x} value of '.' is refused (it would be a dot segment); '...' and 'a.b' stay literal segments
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
    $client->chain('v3/emulator/echo/{x}/tail')->get(['x' => '.']);
    echo "sent\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));

foreach (['...', 'a.b'] as $x) {
    $client->chain('v3/emulator/echo/{x}/tail')->get(['x' => $x]);
}
foreach (wxp_emulator_requests($emu) as $r) {
    echo $r['request_uri'], "\n";
}
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Placeholder {x} cannot be '.': a dot segment would change the path
int(0)
/v3/emulator/echo/.../tail
/v3/emulator/echo/a.b/tail
