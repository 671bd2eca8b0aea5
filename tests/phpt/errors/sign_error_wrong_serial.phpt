--TEST--
Errors: a serial that is not the merchant certificate's -> the server's 401 SIGN_ERROR as ClientException
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['serial' => '0123456789ABCDEF']));

try {
    $client->chain('v3/emulator/echo')->get();
    echo "no exception\n";
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), "\n";
    var_dump($e->getStatusCode(), $e->getErrorCode(), $e->getErrorMessage());
    echo str_replace([$emu['base_uri'], (string) $e->getRequestId()], ['{BASE}/', '{REQUEST_ID}'], $e->getMessage()), "\n";
}
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[0]['auth']);
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException
int(401)
string(10) "SIGN_ERROR"
string(65) "serial_no 0123456789ABCDEF is not the merchant certificate serial"
Client error: GET {BASE}/v3/emulator/echo answered 401: SIGN_ERROR: serial_no 0123456789ABCDEF is not the merchant certificate serial (Request-ID: {REQUEST_ID})
int(1)
bool(false)
