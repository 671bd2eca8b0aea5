--TEST--
Options: 'json' is sent as the exact bytes of json_encode() with no flags (\/ and \uXXXX escapes), with Content-Type application/json; charset=utf-8
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$json = [
    'url' => 'https://wxpaylogo.qpic.cn/a/0',
    'level' => '钻石会员',
    'emoji' => "\u{1F600}",
    'quote' => "\"'<>&\\",
    'n' => 888,
    'f' => 1.5,
    'list' => [1, 2],
    'empty' => [],
    'obj' => new stdClass(),
    'null' => null,
    'bool' => true,
];
$response = $client->chain('v3/emulator/echo')->post(['json' => $json]);
var_dump($response->getStatusCode());

$log = wxp_emulator_requests($emu);
$sent = base64_decode($log[0]['body_base64']);
echo $sent, "\n";
var_dump($sent === json_encode($json));
echo $log[0]['headers']['content-type'], "\n";
var_dump($log[0]['auth']);
?>
--EXPECT--
int(200)
{"url":"https:\/\/wxpaylogo.qpic.cn\/a\/0","level":"\u94bb\u77f3\u4f1a\u5458","emoji":"\ud83d\ude00","quote":"\"'<>&\\","n":888,"f":1.5,"list":[1,2],"empty":[],"obj":{},"null":null,"bool":true}
bool(true)
application/json; charset=utf-8
bool(true)
