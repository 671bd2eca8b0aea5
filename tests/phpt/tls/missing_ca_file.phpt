--TEST--
TLS: a 'verify' CA path that does not exist is refused with InvalidArgumentException (at factory time; per call before sending)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);
$missing = $emu['state_dir'] . '/no-such-ca.pem';

try {
    WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $missing]));
    echo "built\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', str_replace($missing, '{MISSING}', $e->getMessage()), "\n";
}

$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $tls['ca']]));
try {
    $client->chain('v3/emulator/echo')->get(['verify' => $missing]);
    echo "sent\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', str_replace($missing, '{MISSING}', $e->getMessage()), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
WeChatPay\Exception\InvalidArgumentException: Config 'verify' names a CA bundle that cannot be read: {MISSING}
WeChatPay\Exception\InvalidArgumentException: Option 'verify' names a CA bundle that cannot be read: {MISSING}
int(0)
