--TEST--
APIv2 async calls with wechatpay.crypto_threads on (nothing goes to a worker: no RSA), mixed with APIv3 ones; a `sink` gets a passing answer's body, never a rejected one's (the response keeps it)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=2
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start(['workers' => 4]);
$k = wxp_v2_keys();
$v2 = WeChatPay\Builder::factory(wxp_v2_config($emu));
$v3 = WeChatPay\Builder::factory(wxp_config($emu));
$promises = [];
for ($i = 0; $i < 12; $i++) {
    $trade = $i % 3 === 2 ? 'FAULT_BAD_SIGN' : "T$i";
    $promises[] = $v2->v2->pay->orderquery->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => $trade]])
        ->then(static fn ($r) => 'ok ' . WeChatPay\Transformer::toArray((string) $r->getBody())['out_trade_no'],
               static fn ($r) => 'rejected ' . $r->getRejectedBy() . ' ' . WeChatPay\Transformer::toArray((string) $r->getBody())['out_trade_no']);
    $promises[] = $v3->v3->emulator->echo->postAsync(['json' => ['i' => $i]])
        ->then(static fn ($r) => 'v3 ' . json_decode(json_decode((string) $r->getBody(), true)['body'], true)['i']);
}
foreach ($promises as $p) {
    echo $p->wait(), "\n";
}
$file = tempnam(sys_get_temp_dir(), 'wxpsink');
$r = $v2->v2->pay->orderquery->post(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'S1'], 'sink' => $file]);
echo 'sink: ', WeChatPay\Transformer::toArray(file_get_contents($file))['out_trade_no'], ' ', var_export(file_get_contents($file) === (string) $r->getBody(), true), "\n";
file_put_contents($file, 'before');
try {
    $v2->v2->pay->orderquery->post(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_BAD_SIGN'], 'sink' => $file]);
} catch (WeChatPay\Exception\RejectionException $e) {
    echo 'rejected: ', $e->getReason()->getRejectedBy(), ', sink untouched: ', file_get_contents($file), ', body in the response: ',
        WeChatPay\Transformer::toArray((string) $e->getReason()->getBody())['out_trade_no'], "\n";
}
unlink($file);
?>
--EXPECT--
ok T0
v3 0
ok T1
v3 1
rejected sign FAULT_BAD_SIGN
v3 2
ok T3
v3 3
ok T4
v3 4
rejected sign FAULT_BAD_SIGN
v3 5
ok T6
v3 6
ok T7
v3 7
rejected sign FAULT_BAD_SIGN
v3 8
ok T9
v3 9
ok T10
v3 10
rejected sign FAULT_BAD_SIGN
v3 11
sink: S1 true
rejected: sign, sink untouched: before, body in the response: FAULT_BAD_SIGN
