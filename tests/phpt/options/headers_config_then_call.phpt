--TEST--
Options: config 'headers' apply to every call and replace defaults; call 'headers' then replace them case-insensitively (one value sent)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => [
    'X-From-Config' => 'config', 'X-Both' => 'config', 'ACCEPT' => 'application/json',
]]));

$client->chain('v3/emulator/echo')->get();
$client->chain('v3/emulator/echo')->get(['headers' => ['x-both' => 'call', 'Accept' => 'text/plain']]);
[$first, $second] = wxp_emulator_requests($emu);

echo "config only:\n";
var_dump($first['headers']['x-from-config'], $first['headers']['x-both'], $first['headers']['accept']);
echo "config then call:\n";
var_dump($second['headers']['x-from-config'], $second['headers']['x-both'], $second['headers']['accept']);
var_dump($first['auth'] && $second['auth']);
?>
--EXPECT--
config only:
string(6) "config"
string(6) "config"
string(16) "application/json"
config then call:
string(6) "config"
string(4) "call"
string(10) "text/plain"
bool(true)
