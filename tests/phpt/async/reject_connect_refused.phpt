--TEST--
Async failures: a refused connection rejects the promise with the ConnectException the sync call throws (same class, message, code 7, no response)
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
$node = $client->chain('v3/emulator/echo/{x}');

$describe = static fn(Throwable $e): string => get_class($e) . ' errno=' . $e->getCurlErrno() . ' code=' . $e->getCode()
    . ' response=' . var_export($e->getResponse(), true) . ' '
    . preg_replace('~after \d+ ms~', 'after N ms', str_replace((string) $port, '{PORT}', $e->getMessage()));
try {
    $node->post(['x' => 'y', 'json' => []]);
    echo "sync: no exception\n";
} catch (Throwable $e) {
    $sync = $describe($e);
}
$promise = $node->postAsync(['x' => 'y', 'json' => []]);
echo "postAsync() returned\n";
try {
    $promise->wait();
    echo "async: fulfilled\n";
} catch (Throwable $e) {
    $async = $describe($e);
    echo $async, "\n";
    var_dump($async === $sync);
}
var_dump($promise->getState());
?>
--EXPECTF--
postAsync() returned
WeChatPay\Exception\Own\ConnectException errno=7 code=7 response=NULL POST http://127.0.0.1:{PORT}/v3/emulator/echo/y got no answer: cURL error 7: Failed to connect to 127.0.0.1 port {PORT} after N ms: %s
bool(true)
string(8) "rejected"
