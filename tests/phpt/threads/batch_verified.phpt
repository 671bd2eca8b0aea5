--TEST--
wechatpay.crypto_threads=2: 60 async calls (16 in flight) signed and verified on worker threads: the emulator accepts every signature (it answers 401 to a bad one), every answer is verified, each reply matches its own call, and forged answers are still rejected when verified on a worker
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=2
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 16]));

$promises = [];
for ($i = 0; $i < 60; $i++) {
    $promises[$i] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i, 'pad' => str_repeat('x', $i)]]);
}
$ok = 0;
foreach ($promises as $i => $promise) {
    $answer = json_decode((string) $promise->wait()->getBody(), true);
    if (json_decode($answer['body'], true)['n'] === $i) {
        $ok++;
    }
}
echo "$ok of 60 answered their own call\n";
$log = wxp_emulator_requests($emu);
echo count($log), " requests reached the emulator\n";

// Forged answers, verified on a worker: each is refused with the same message as on the PHP thread.
foreach (['bad-signature', 'body-tampered', 'stale-timestamp', 'signtest', 'garbage-signature', 'unknown-serial'] as $fault) {
    try {
        $client->chain("v3/emulator/fault/$fault")->getAsync()->wait();
        echo "$fault: accepted\n";
    } catch (WeChatPay\Exception\VerificationException $e) {
        echo "$fault: ", get_class($e), ' ', substr(strstr($e->getMessage(), 'did not verify: '), 16, 39), "\n";
    }
}
// The same forged answer through a sync call (verified on the PHP thread) gives the same message.
try {
    $client->chain('v3/emulator/fault/bad-signature')->get();
} catch (WeChatPay\Exception\VerificationException $e) {
    $sync = $e->getMessage();
}
try {
    $client->chain('v3/emulator/fault/bad-signature')->getAsync()->wait();
} catch (WeChatPay\Exception\VerificationException $e) {
    $strip = static fn(string $m): string => preg_replace(['/timestamp=\d+, nonce=\w+, signature=[^,]+/', '/Request-ID: [^)]+/'], '', $m);
    var_dump($strip($e->getMessage()) === $strip($sync));
}
?>
--EXPECTF--
60 of 60 answered their own call
60 requests reached the emulator
bad-signature: %s Verify the response's data with: timest
body-tampered: %s Verify the response's data with: timest
stale-timestamp: %s It's allowed time offset in ± 300 seco
signtest: %s Verify the response's data with: timest
garbage-signature: %s Verify the response's data with: timest
unknown-serial: %s Cannot found the serial(`UNKNOWN0000`)'
bool(true)
