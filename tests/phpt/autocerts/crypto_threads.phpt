--TEST--
Automatic platform certificates with wechatpay.crypto_threads=2: the first batch's answers wait for the one fetch (settled on the PHP thread), later batches are verified on worker threads with the fetched keys; forged answers are still refused; one fetch in all
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=2
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$k = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key'], 'max_connections' => 8]));
foreach ([1, 2] as $batch) {
    $promises = [];
    for ($i = 0; $i < 16; $i++) {
        $promises[$i] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i]]);
    }
    $ok = 0;
    foreach ($promises as $i => $promise) {
        $ok += json_decode(json_decode((string) $promise->wait()->getBody(), true)['body'], true)['n'] === $i;
    }
    echo "batch $batch: $ok of 16 verified and their own\n";
}
foreach (['bad-signature', 'unknown-serial'] as $fault) {
    try {
        $client->chain("v3/emulator/fault/$fault")->getAsync()->wait();
        echo "$fault: accepted\n";
    } catch (WeChatPay\Exception\VerificationException $e) {
        echo "$fault: ", substr(strstr($e->getMessage(), 'did not verify: '), 16, 39), "\n";
    }
}
echo 'fetches: ', count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates')), "\n";
?>
--EXPECT--
batch 1: 16 of 16 verified and their own
batch 2: 16 of 16 verified and their own
bad-signature: Verify the response's data with: timest
unknown-serial: Cannot found the serial(`UNKNOWN0000`)'
fetches: 1
