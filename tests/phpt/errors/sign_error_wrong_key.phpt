--TEST--
Errors: signing with a private key that is not the merchant's -> the server's 401 SIGN_ERROR as ClientException
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, ['privateKey' => 'file://' . $emu['keys']['pubkey_private_key']]));

try {
    $client->chain('v3/emulator/echo')->get();
    echo "no exception\n";
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), "\n";
    var_dump($e->getStatusCode(), $e->getErrorCode(), $e->getErrorMessage());
    var_dump($e->getRequestId() !== null && $e->getRequestId() !== '');
}
$log = wxp_emulator_requests($emu);
var_dump(count($log), $log[0]['auth']);
?>
--EXPECT--
WeChatPay\Exception\Own\ClientException
int(401)
string(10) "SIGN_ERROR"
string(89) "signature does not verify (signed message: METHOD\nREQUEST_URI\nTIMESTAMP\nNONCE\nBODY\n)"
bool(true)
int(1)
bool(false)
