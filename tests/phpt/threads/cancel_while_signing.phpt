--TEST--
wechatpay.crypto_threads=1: cancel() of calls whose signature a worker is still making (nothing sent yet) rejects them with CancellationException and nothing of theirs is ever sent; the others are signed, sent once and verified
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=1
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 2]);
$client = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 4]));

// Started one after another with no wait between: each is still with the worker (signing) when cancelled.
$promises = [];
for ($i = 0; $i < 30; $i++) {
    $promises[$i] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i]]);
    if ($i % 3 === 1) {
        $promises[$i]->cancel();
    }
}
$outcomes = [];
foreach ($promises as $i => $promise) {
    try {
        $answer = json_decode((string) $promise->wait()->getBody(), true);
        $outcomes[] = json_decode($answer['body'], true)['n'] === $i ? 'ok' : 'mixed up';
    } catch (WeChatPay\Exception\CancellationException $e) {
        $outcomes[] = 'cancelled';
    }
}
var_dump(array_count_values($outcomes));
$sent = array_map(static fn ($r) => json_decode($r['body'], true)['n'], wxp_emulator_requests($emu));
sort($sent);
echo implode(',', $sent), "\n";
?>
--EXPECT--
array(2) {
  ["ok"]=>
  int(20)
  ["cancelled"]=>
  int(10)
}
0,2,3,5,6,8,9,11,12,14,15,17,18,20,21,23,24,26,27,29
