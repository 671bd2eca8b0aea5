--TEST--
Errors: a refused connection (closed port) throws ConnectException: getCurlErrno() 7 (CURLE_COULDNT_CONNECT), message with the URL and libcurl's reason, no response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
// A port nobody listens on: bind one, note it, close it.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);

$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://127.0.0.1:$port/"]));
try {
    $client->chain('v3/emulator/echo/{x}')->get(['x' => 'y']);
    echo "no exception\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), "\n";
    var_dump($e instanceof WeChatPay\Exception\RequestException, $e instanceof WeChatPay\Exception\WeChatPayException);
    var_dump($e->getCurlErrno(), $e->getCode());
    var_dump($e->hasResponse(), $e->getResponse(), $e->getRequestId());
    echo str_replace((string) $port, '{PORT}', $e->getMessage()), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECTF--
WeChatPay\Exception\Own\ConnectException
bool(true)
bool(true)
int(7)
int(7)
bool(false)
NULL
NULL
GET http://127.0.0.1:{PORT}/v3/emulator/echo/y got no answer: cURL error 7: Failed to connect to 127.0.0.1 port {PORT} after %d ms: %s
int(0)
