--TEST--
Sensitive: async calls carry the Wechatpay-Serial too, and a refusal rejects the promise with the same InvalidArgumentException, nothing sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$platform = WeChatPay\Builder::factory(wxp_config($emu));
$pubkey = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [
    $k['platform_serial'] => 'file://' . $k['platform_cert'],
    $k['pubkey_id'] => 'file://' . $k['pubkey_public_key'],
]]));
$promises = [
    $platform->v3->emulator->sensitive->postAsync(['json' => ['a' => ['b' => WeChatPay\Sensitive::encrypt($platform, 'one')]]]),
    $pubkey->v3->emulator->sensitive->postAsync(['json' => ['a' => WeChatPay\Sensitive::encrypt($pubkey, 'two')]]),
    $platform->v3->emulator->sensitive->postAsync(['json' => ['a' => WeChatPay\Sensitive::encrypt($pubkey, 'three')]]),
    $platform->v3->emulator->sensitive->postAsync(['json' => ['a' => WeChatPay\Sensitive::encrypt($platform, 'four')], 'headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]),
];
foreach ($promises as $i => $p) {
    try {
        $answer = json_decode((string) $p->wait()->getBody(), true);
        echo $i, ': ', $answer['serial'] === $k['platform_serial'] ? 'PLATFORM' : ($answer['serial'] === $k['pubkey_id'] ? 'PUBKEY' : '?'), ' ', json_encode($answer['decrypted']), "\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo $i, ': ', get_class($e), ' ', substr($e->getMessage(), 0, 40), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
0: PLATFORM {"a.b":"one"}
1: PUBKEY {"a":"two"}
2: WeChatPay\Exception\InvalidArgumentException A Sensitive value was encrypted under PU
3: WeChatPay\Exception\InvalidArgumentException Header Wechatpay-Serial 'PUB_KEY_ID_0114
int(2)
