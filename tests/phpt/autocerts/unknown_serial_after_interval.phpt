--TEST--
Automatic platform certificates: once wechatpay.certs_min_interval has passed, an answer naming an unknown serial fetches the certificates again (one fetch), and if the serial is still unknown the call is refused with the unknown-serial VerificationException and no previous (the fetch itself succeeded)
--INI--
wechatpay.certs_min_interval=1
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key']]));
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
echo 'first: ', $api->v3->emulator->echo->get()->getStatusCode(), ', fetches ', $fetches(), "\n";
usleep(1100000);
try {
    $api->v3->emulator->fault->{'unknown-serial'}->get();
} catch (WeChatPay\Exception\Own\VerificationException $e) {
    echo 'unknown serial: ', str_contains($e->getMessage(), "Cannot found the serial(`UNKNOWN0000`)") ? 'refused' : $e->getMessage(),
        ', previous ', $e->getPrevious() ? get_class($e->getPrevious()) : 'none', ', fetches ', $fetches(), "\n";
}
?>
--EXPECT--
first: 200, fetches 1
unknown serial: refused, previous none, fetches 2
