--TEST--
Options: with 'sink' a body far larger than memory_limit arrives, verifies and reaches the file without ever being whole in memory; an explicit max_response_size bounds it (refused from its Content-Length, the file never made)
--EXTENSIONS--
wechatpay
--INI--
memory_limit=16M
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$path = sys_get_temp_dir() . '/wxp-sink-memory-' . getmypid() . '.json';
$bytes = 40 * 1024 * 1024;

$r = $client->chain("v3/emulator/big/$bytes")->get(['sink' => $path, 'query' => ['stream' => '1']]);
clearstatcache();
var_dump($r->getStatusCode(), filesize($path) === $bytes, $r->getBody()->getSize() === $bytes);
var_dump(memory_get_peak_usage() < 8 * 1024 * 1024);
$ctx = hash_init('sha256');
hash_update_stream($ctx, fopen($path, 'r'));
var_dump(hash_final($ctx) === hash('sha256', '{"pad":"' . str_repeat('x', 1000) . '"}') ? 'unexpected' : 'read');
unlink($path);

try {
    $client->chain("v3/emulator/big/$bytes")->get(['sink' => $path, 'max_response_size' => 1024 * 1024]);
} catch (WeChatPay\Exception\RequestException $e) {
    echo get_class($e), ': ', preg_replace('~http://\S+~', '{URL}', $e->getMessage()), "\n";
}
var_dump(file_exists($path));
?>
--EXPECT--
int(200)
bool(true)
bool(true)
bool(true)
string(4) "read"
WeChatPay\Exception\Own\RequestException: GET {URL} the answer is larger than the 'max_response_size' option allows, and was dropped: its Content-Length (41943040 bytes) is over the 1048576 bytes its body may hold
bool(false)
