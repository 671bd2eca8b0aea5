--TEST--
Pool: a connection made with verify => false is not handed to a call that verifies (it fails on the certificate instead); calls with the same TLS settings do share connections
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/nginx.inc';
$emu = wxp_emulator_start();
$front = wxp_nginx_front_start($emu, ['tls' => true]);
$client = static fn (array $o = []) => WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $front['base_uri']] + $o));

function reused(WeChatPay\BuilderChainable $api): string
{
    return var_export($api->chain('v3/emulator/echo')->get()->getTransferInfo()['reused'], true);
}

$unverified = $client(['verify' => false]);
echo 'verify false: reused ', reused($unverified), "\n";
echo 'verify false again: reused ', reused($unverified), "\n";
try {
    // The default verify (the system's CAs) does not trust the test CA: riding the idle unverified
    // connection would succeed, a new connection must fail.
    $client()->chain('v3/emulator/echo')->get();
    echo "verified call succeeded: it rode the unverified connection\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCurlErrno(), ' ', str_contains($e->getMessage(), 'SSL certificate problem') ? 'certificate' : $e->getMessage(), "\n";
}
$trusting = $client(['verify' => $front['ca']]);
echo 'verify test CA: reused ', reused($trusting), "\n";
echo 'verify test CA, another client: reused ', reused($client(['verify' => $front['ca']])), "\n";
echo 'verify false after all that: reused ', reused($unverified), "\n";
$s = WeChatPay\Pool::stats();
printf("transfers %d, opened %d, reused %d, tls_handshakes %d\n", $s['transfers'], $s['connections_opened'],
    $s['connections_reused'], $s['tls_handshakes']);
?>
--EXPECT--
verify false: reused false
verify false again: reused true
WeChatPay\Exception\Own\ConnectException 60 certificate
verify test CA: reused false
verify test CA, another client: reused true
verify false after all that: reused true
transfers 6, opened 3, reused 3, tls_handshakes 2
