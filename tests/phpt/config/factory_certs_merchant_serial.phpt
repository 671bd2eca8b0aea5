--TEST--
Builder::factory() refuses certs holding the merchant's own serial, naming both
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$keys = wxp_test_keys();
try {
    WeChatPay\Builder::factory([
        'mchid' => '1900000001',
        'serial' => 'ABCDEF0123',
        'privateKey' => 'file://' . $keys['merchant_private_key'],
        'certs' => [
            $keys['platform_serial'] => 'file://' . $keys['platform_cert'],
            'ABCDEF0123' => 'file://' . $keys['merchant_cert'],
        ],
    ]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo str_replace($keys['platform_serial'], 'PLATFORM', $e->getMessage()), "\n";
}
?>
--EXPECT--
Config 'certs' (PLATFORM,ABCDEF0123) holds the merchant's own certificate serial (ABCDEF0123): 'certs' takes WeChat Pay platform certificate serials or PUB_KEY_ID_... public key ids, 'serial' is the merchant's
