--TEST--
Automatic platform certificates through a rotation (emulator: the old certificate expiring, the new one listed beside it, then signing): the old one alone expiring within wechatpay.certs_refresh makes the next call renew (once the rate limit allows), which brings the new one; the switch of signer then costs no fetch; an unannounced certificate is fetched on its first answer; callbacks follow
--INI--
wechatpay.certs_refresh=172800
wechatpay.certs_min_interval=3
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/platforms.inc';
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$names = [];
$name = static function (?string $serial) use (&$names): string { return $names[$serial] ?? "unnamed $serial"; };
// the old certificate, expiring tomorrow, alone and signing
$set = wxp_emulator_platforms($emu, 'POST', '', ['certificates' => [['days' => 1]], 'signer' => 0, 'keep_configured' => false]);
$names[$set['serials'][0]] = 'OLD';
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key']]));
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));
$call = static function (string $what) use ($api, $fetches, $name) {
    try {
        $r = $api->v3->emulator->echo->get();
        echo "$what: ", $r->getStatusCode(), ' signed by ', $name($r->getHeaderLine('Wechatpay-Serial'));
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage();
    }
    echo ', fetches ', $fetches(), "\n";
};
$call('first call');
$call('at once again (renewal due, held back by the rate limit)');
// WeChat Pay lists the new certificate beside the old one before it signs with it
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['days' => 1825, 'list' => true, 'sign' => false]);
$new = array_values(array_diff($set['serials'], array_keys($names)))[0];
$names[$new] = 'NEW';
echo 'listed: ', implode(', ', array_map($name, $set['serials'])), "\n";
usleep(3100000);
$call('after the interval (renews: the newest held expired within certs_refresh)');
usleep(3100000);
$call('again (the newest now outlives certs_refresh: nothing to renew)');
wxp_emulator_platforms($emu, 'POST', '/signer', ['serial' => $new]);
$call('the new one signs (known: no fetch)');
$cb = wxp_callback($emu, 'good');
echo 'callback signed by ', $name($cb['headers']['Wechatpay-Serial'] ?? null), ': ', WeChatPay\Notification::handle($api, $cb['headers'], $cb['body'])['trade_state'], ', fetches ', $fetches(), "\n";
// a certificate that signs before it was ever listed to this process
$set = wxp_emulator_platforms($emu, 'POST', '/add', ['days' => 1825, 'list' => true, 'sign' => true]);
$names[$set['signer']] = 'SURPRISE';
$call('an unknown serial (fetched on its first answer)');
?>
--EXPECT--
first call: 200 signed by OLD, fetches 1
at once again (renewal due, held back by the rate limit): 200 signed by OLD, fetches 1
listed: OLD, NEW
after the interval (renews: the newest held expired within certs_refresh): 200 signed by OLD, fetches 2
again (the newest now outlives certs_refresh: nothing to renew): 200 signed by OLD, fetches 2
the new one signs (known: no fetch): 200 signed by NEW, fetches 2
callback signed by NEW: SUCCESS, fetches 2
an unknown serial (fetched on its first answer): 200 signed by SURPRISE, fetches 3
