--TEST--
Options: a 'body' stream is sent (and signed) whole whatever its position, as wechatpay-php (Guzzle) does: a just-written stream is not sent empty
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$stream = fopen('php://temp', 'w+b');
fwrite($stream, '{"out_request_no":"100002322019090134234sfdf"}'); // position at the end, not rewound
$client->chain('v3/emulator/echo')->post(['body' => $stream]);
fseek($stream, 5);                                                // position in the middle
$client->chain('v3/emulator/echo')->post(['body' => $stream]);
foreach (wxp_emulator_requests($emu) as $r) {
    var_dump(base64_decode($r['body_base64']), $r['auth']);
}
?>
--EXPECT--
string(46) "{"out_request_no":"100002322019090134234sfdf"}"
bool(true)
string(46) "{"out_request_no":"100002322019090134234sfdf"}"
bool(true)
