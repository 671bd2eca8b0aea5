--TEST--
Options: 'debug' => a stream resource gets a transfer trace like curl's verbose output (request and response header lines, libcurl's remarks), with the Authorization signature redacted; true writes it to STDERR; a bad value is refused, so is a config 'debug'
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$trace = fopen('php://memory', 'w+');
$r = $client->chain('v3/emulator/echo')->post(['json' => ['secret_field' => 'x'], 'debug' => $trace]);
$sent = json_decode((string) $r->getBody(), true)['headers'];
rewind($trace);
$text = stream_get_contents($trace);
$signature = explode('signature="', $sent['authorization'] ?? $sent['Authorization'])[1];
var_dump(str_contains($text, "> POST /v3/emulator/echo HTTP/1.1\n"), str_contains($text, "< HTTP/1.1 200 OK\n"),
         (bool) preg_match('/^\* .*Connected to/m', $text), str_contains($text, "> Authorization: WECHATPAY2-SHA256-RSA2048 [REDACTED]\n"),
         str_contains($text, substr($signature, 0, 20)), str_contains($text, 'secret_field'));

// Async too, and a failure is traced.
$trace2 = fopen('php://memory', 'w+');
$client->chain('v3/emulator/echo')->getAsync(['debug' => $trace2, 'base_uri' => 'http://127.0.0.1:1/'])->wait(false);
rewind($trace2);
var_dump(str_starts_with(stream_get_contents($trace2), '* '));

foreach ([['debug' => 'yes'], ['debug' => 1]] as $options) {
    try {
        $client->chain('v3/emulator/echo')->get($options);
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    WeChatPay\Builder::factory(wxp_config($emu, ['debug' => true]));
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
echo $client->chain('v3/emulator/echo')->get(['debug' => false])->getStatusCode(), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
Option 'debug' must be true (a trace to STDERR), false or a stream resource, string given
Option 'debug' must be true (a trace to STDERR), false or a stream resource, int given
Config 'debug' (a Guzzle request option) is refused: Guzzle would trace every call, pass 'debug' per call
200
