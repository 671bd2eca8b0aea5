--TEST--
Options: per-call 'timeout', 'connect_timeout' and 'verify' (true, false, a CA bundle path) are accepted and the call succeeds
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

foreach ([
    ['timeout' => 5],
    ['timeout' => 2.5, 'connect_timeout' => 1],
    ['connect_timeout' => 0.5],
    ['verify' => true],
    ['verify' => false],
    ['verify' => $emu['keys']['platform_cert']], // any readable PEM file: http does not use it
] as $options) {
    echo $client->chain('v3/emulator/echo')->get($options)->getStatusCode(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
200
200
200
200
200
200
int(6)
