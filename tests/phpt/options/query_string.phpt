--TEST--
Options: 'query' as an already-encoded string is sent as it is, and signed as sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$response = $client->chain('v3/emulator/echo')->get(['query' => 'b=2&a=x%20y&c=%E4%B8%AD&d=p+q&e=%2F']);
var_dump($response->getStatusCode());
$log = wxp_emulator_requests($emu);
echo $log[0]['request_uri'], "\n";
var_dump($log[0]['auth']);
?>
--EXPECT--
int(200)
/v3/emulator/echo?b=2&a=x%20y&c=%E4%B8%AD&d=p+q&e=%2F
bool(true)
