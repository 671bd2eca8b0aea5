--TEST--
Sensitive: the emulator checks encrypted fields as WeChat Pay does, shown with the package's hand-written way (Crypto\Rsa::encrypt + a Wechatpay-Serial set by hand): the right serial decrypts, none or another is 400 PARAM_ERROR
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
use WeChatPay\Crypto\Rsa;
$emu = wxp_emulator_start();
$k = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu));
$platformKey = Rsa::from('file://' . $k['platform_cert'], Rsa::KEY_TYPE_PUBLIC);
$body = ['contact_info' => ['contact_name' => Rsa::encrypt('张三', $platformKey)], 'plain' => 'text'];
foreach ([
    'the platform serial' => ['Wechatpay-Serial' => $k['platform_serial']],
    'no Wechatpay-Serial' => [],
    'the public key id' => ['Wechatpay-Serial' => $k['pubkey_id']],
    'an unknown serial' => ['Wechatpay-Serial' => 'ABCDEF0123456789'],
] as $what => $headers) {
    try {
        $r = $client->chain('v3/emulator/sensitive')->post(['json' => $body, 'headers' => $headers]);
        echo $what, ': ', $r->getStatusCode(), ' ', json_encode(json_decode((string) $r->getBody(), true)['decrypted'], JSON_UNESCAPED_UNICODE), "\n";
    } catch (WeChatPay\Exception\ClientException $e) {
        $error = json_decode((string) $e->getResponse()->getBody(), true);
        echo $what, ': ', $e->getResponse()->getStatusCode(), ' ', $error['code'], ' ',
            strtr($error['message'], [$k['platform_serial'] => 'PLATFORM', $k['pubkey_id'] => 'PUBKEY']), "\n";
    }
}
?>
--EXPECT--
the platform serial: 200 {"contact_info.contact_name":"张三"}
no Wechatpay-Serial: 400 PARAM_ERROR Wechatpay-Serial is required with encrypted fields (contact_info.contact_name)
the public key id: 400 PARAM_ERROR field contact_info.contact_name does not decrypt under Wechatpay-Serial PUBKEY (it was encrypted for PLATFORM)
an unknown serial: 400 PARAM_ERROR Wechatpay-Serial ABCDEF0123456789 names no platform certificate or public key of this merchant
