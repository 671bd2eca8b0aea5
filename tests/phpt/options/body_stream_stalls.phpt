--TEST--
Options: a 'body' stream that stalls (a socket that gave some bytes and then nothing) is read only within the call's timeout and refused, sync and async, with nothing sent; the stream is left blocking as it was; a pipe that ends, and a regular file, are read whole
--EXTENSIONS--
wechatpay
--INI--
default_socket_timeout=3
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));
$api->chain('v3/emulator/echo')->get(); // warm-up (valgrind is slow)
wxp_emulator_clear($emu);

[$reader, $writer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
fwrite($writer, '{"partial":');
$start = microtime(true);
$promise = $api->chain('v3/emulator/echo')->postAsync(['body' => $reader, 'timeout' => 1]);
$made = microtime(true) - $start;
try {
    $promise->wait();
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo 'async: ', $e->getMessage(), "\n";
}
try {
    $api->chain('v3/emulator/echo')->post(['body' => $reader, 'timeout' => 1]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo 'sync: ', $e->getMessage(), "\n";
}
var_dump(stream_get_meta_data($reader)['blocked']);
var_dump($made < 2.5); // bounded by the call's 1 s timeout, not default_socket_timeout (3 s)
var_dump(count(wxp_emulator_requests($emu)));

// The same socket (its first bytes were read), closed by its writer after the rest: read to its end and sent.
fwrite($writer, '1}');
fclose($writer);
$sent = $api->chain('v3/emulator/echo')->post(['body' => $reader]);
echo json_decode((string) $sent->getBody(), true)['body'], "\n";
$file = tempnam(sys_get_temp_dir(), 'wxpbody');
file_put_contents($file, '{"file":true}');
$handle = fopen($file, 'rb');
echo json_decode((string) $api->chain('v3/emulator/echo')->post(['body' => $handle])->getBody(), true)['body'], "\n";
fclose($handle);
unlink($file);
?>
--EXPECT--
async: Option 'body' is a stream that could not be read whole: it gave no more bytes before the call's timeout (11 bytes read); nothing was sent
sync: Option 'body' is a stream that could not be read whole: it gave no more bytes before the call's timeout (0 bytes read); nothing was sent
bool(true)
bool(true)
int(0)
1}
{"file":true}
