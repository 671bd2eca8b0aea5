--TEST--
TLS: with the default 'verify' (system CAs), a certificate from the test CA is refused: ConnectException naming the certificate problem, nothing reaches the server
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri']]));

try {
    $client->chain('v3/emulator/echo')->get();
    echo "no exception\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), "\n";
    var_dump($e->getCurlErrno(), $e->hasResponse());
    echo str_replace($tls['base_uri'], '{BASE}/', $e->getMessage()), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECTF--
WeChatPay\Exception\Own\ConnectException
int(60)
bool(false)
GET {BASE}/v3/emulator/echo got no answer: cURL error 60: SSL certificate problem: %s
int(0)
