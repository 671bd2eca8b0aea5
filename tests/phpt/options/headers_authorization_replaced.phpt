--TEST--
Options: an Authorization header given by the app (config or call, any case) is replaced by the real signature
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['Authorization' => 'Bearer from-config']]));

$client->chain('v3/emulator/echo')->get();
$client->chain('v3/emulator/echo')->get(['headers' => ['Authorization' => 'Bearer from-call']]);
$client->chain('v3/emulator/echo')->get(['headers' => ['authorization' => 'WECHATPAY2-SHA256-RSA2048 mchid="evil"']]);
foreach (wxp_emulator_requests($emu) as $r) {
    $a = $r['headers']['authorization'];
    var_dump(str_starts_with($a, 'WECHATPAY2-SHA256-RSA2048 mchid="' . $emu['keys']['mchid'] . '",'));
    var_dump(str_contains($a, 'Bearer') || str_contains($a, 'evil'));
    var_dump($r['auth']);
}
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
