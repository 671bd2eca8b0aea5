--TEST--
Async failures: a 2xx answer that does not verify (bad signature, missing header, unknown serial, stale timestamp) rejects the promise with the VerificationException the sync call throws, never fulfils it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$node = $client->chain('v3/emulator/fault/{+fault}');

// Per-answer parts (Request-ID, timestamp, nonce, signature) differ between the two calls: mask them.
$describe = static fn(Throwable $e): string => get_class($e) . ' code=' . $e->getCode()
    . ' response=' . ($e->hasResponse() ? $e->getResponse()->getStatusCode() : 'none') . "\n  "
    . preg_replace(['~timestamp=\d+, nonce=[^,]*, signature=[^,]*,~', '~on \d+, your\'s localtime on \d+~'],
        ['timestamp=T, nonce=N, signature=S,', 'on T, your\'s localtime on L'],
        str_replace([$emu['base_uri'], (string) $e->getRequestId(), $emu['keys']['platform_serial']],
            ['{BASE}/', '{REQUEST_ID}', '{PLATFORM_SERIAL}'], $e->getMessage()));
foreach (['bad-signature', 'missing-header/Signature', 'unknown-serial', 'stale-timestamp'] as $fault) {
    try {
        $node->get(['fault' => $fault]);
        echo "sync: accepted\n";
    } catch (Throwable $e) {
        $sync = $describe($e);
    }
    $promise = $node->getAsync(['fault' => $fault]);
    try {
        $promise->wait();
        echo "async: accepted\n";
    } catch (Throwable $e) {
        $async = $describe($e);
        echo $async, "\n";
        var_dump($async === $sync);
    }
}
?>
--EXPECT--
WeChatPay\Exception\Own\VerificationException code=0 response=200
  GET {BASE}/v3/emulator/fault/bad-signature answered 200 but the answer did not verify: Verify the response's data with: timestamp=T, nonce=N, signature=S, cert=[{PLATFORM_SERIAL} => ...] failed. (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\VerificationException code=0 response=200
  GET {BASE}/v3/emulator/fault/missing-header/Signature answered 200 but the answer did not verify: The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`). (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\VerificationException code=0 response=200
  GET {BASE}/v3/emulator/fault/unknown-serial answered 200 but the answer did not verify: Cannot found the serial(`UNKNOWN0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's {PLATFORM_SERIAL}. (Request-ID: {REQUEST_ID})
bool(true)
WeChatPay\Exception\Own\VerificationException code=0 response=200
  GET {BASE}/v3/emulator/fault/stale-timestamp answered 200 but the answer did not verify: It's allowed time offset in ± 300 seconds, the response was on T, your's localtime on L. (Request-ID: {REQUEST_ID})
bool(true)
