--TEST--
Options: a caller's Content-Length is refused before anything is sent, so surplus body bytes can never become a second request on a pooled keep-alive connection whose signed answer the next call would receive
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/nginx.inc';
use WeChatPay\Crypto\Rsa;
use WeChatPay\Formatter;

$emu = wxp_emulator_start();
$front = wxp_nginx_front_start($emu, ['keepalive_timeout' => 30]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri']]));
$api->chain('v3/emulator/echo/warm-up')->get(); // leaves one idle keep-alive connection to the front
wxp_emulator_clear($emu);

// A correctly signed request for another path, hidden after a body the caller says is empty.
$k = $emu['keys'];
$target = '/v3/emulator/echo/smuggled';
$timestamp = (string) time();
$nonce = Formatter::nonce();
$signature = Rsa::sign(Formatter::request('GET', $target, $timestamp, $nonce), Rsa::from('file://' . $k['merchant_private_key']));
$smuggled = "GET $target HTTP/1.1\r\nHost: 127.0.0.1:{$front['port']}\r\nUser-Agent: smuggler\r\nAccept: application/json\r\n"
    . 'Authorization: ' . Formatter::authorization($k['mchid'], $nonce, $signature, $timestamp, $k['merchant_serial']) . "\r\n\r\n";

function outcome(callable $call): string
{
    try {
        return 'answered ' . json_decode((string) $call()->getBody(), true)['request_uri'];
    } catch (WeChatPay\Exception\WeChatPayException $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

echo outcome(fn() => $api->chain('v3/emulator/echo/first')->post(['body' => $smuggled, 'headers' => ['Content-Length' => '0']])), "\n";
// The next call on the pooled connection gets its own answer.
echo outcome(fn() => $api->chain('v3/emulator/echo/second')->get()), "\n";
echo implode(', ', array_map(static fn(array $r): string => $r['method'] . ' ' . $r['request_uri'], wxp_emulator_requests($emu))), "\n";
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Option 'headers' must not set Content-Length: the extension frames every request itself (Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection are refused)
answered /v3/emulator/echo/second
GET /v3/emulator/echo/second
