--TEST--
wechatpay.crypto_threads=1: a script that ends with 50 async calls started and never waited on (their signatures queued on the worker, none sent) ends cleanly: request shutdown aborts the transfers and discards the jobs, none leaks
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--INI--
wechatpay.crypto_threads=1
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$keep = [];
for ($i = 0; $i < 50; $i++) {
    $keep[] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['n' => $i]]);
}
echo $keep[49]->getState(), "\n";
?>
--EXPECT--
pending
