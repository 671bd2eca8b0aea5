--TEST--
Options: 'body' as a stream resource is read whole and sent byte for byte, signed over those bytes
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$body = str_repeat("stream-bytes \x00\xff 中\n", 5000); // ~100 KB, more than one read
$stream = fopen('php://temp', 'w+b');
fwrite($stream, $body);
rewind($stream);
$response = $client->chain('v3/emulator/echo')->post(['body' => $stream]);
var_dump($response->getStatusCode());
var_dump(is_resource($stream));

$log = wxp_emulator_requests($emu);
var_dump(strlen(base64_decode($log[0]['body_base64'])) === strlen($body));
var_dump(base64_decode($log[0]['body_base64']) === $body);
var_dump($log[0]['auth']);
?>
--EXPECT--
int(200)
bool(true)
bool(true)
bool(true)
bool(true)
