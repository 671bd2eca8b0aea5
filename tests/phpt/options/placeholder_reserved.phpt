--TEST--
Options: {+x} placeholders keep reserved characters (/ : @ ! $ & ' ( ) * + , ; =) as RFC 6570 reserved expansion, and still encode the rest (space, UTF-8)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$response = $client->chain('v3/emulator/echo/{+p}')->get(['p' => "x/y:z@w!$&'()*+,;=/sp ace/中"]);
var_dump($response->getStatusCode());

$log = wxp_emulator_requests($emu);
var_dump(count($log));
echo $log[0]['request_uri'], "\n";
var_dump($log[0]['auth']);

// The same value through {p} is encoded whole: the difference is the operator.
wxp_emulator_clear($emu);
$client->chain('v3/emulator/echo/{p}')->get(['p' => "x/y:z"]);
echo wxp_emulator_requests($emu)[0]['request_uri'], "\n";
?>
--EXPECT--
int(200)
int(1)
/v3/emulator/echo/x/y:z@w!$&'()*+,;=/sp%20ace/%E4%B8%AD
bool(true)
/v3/emulator/echo/x%2Fy%3Az
