--TEST--
Errors with guzzlehttp/psr7 and no Guzzle client: our own classes, whose getRequest() is a GuzzleHttp\Psr7\Request of the request as sent (method, URL, every header with Authorization, body)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['X-App' => 'a']]));
try {
    $client->chain('v3/emulator/error/{status}')->patch(['status' => 409, 'json' => ['k' => 'v'], 'query' => ['n' => '1']]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), "\n";
    $q = $e->getRequest();
    $sent = wxp_emulator_requests($emu)[0];
    echo get_class($q), ' ', $q->getMethod(), ' ', $q->getRequestTarget(), ' ', $q->getProtocolVersion(), "\n";
    var_dump((string) $q->getUri() === rtrim($emu['base_uri'], '/') . '/v3/emulator/error/409?n=1');
    var_dump($q->getHeaderLine('X-App'), $q->getHeaderLine('Content-Type'), (string) $q->getBody());
    var_dump($q->getHeaderLine('Authorization') === $sent['headers']['authorization']);
    var_dump($e->getRequest() === $q);
}
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException
GuzzleHttp\Psr7\Request PATCH /v3/emulator/error/409?n=1 1.1
bool(true)
string(1) "a"
string(31) "application/json; charset=utf-8"
string(9) "{"k":"v"}"
bool(true)
bool(true)
