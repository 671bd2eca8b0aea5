--TEST--
Errors: a PHP function the extension calls (openssl, standard, simplexml) that the ini disables is an Error naming it, never a crash
--EXTENSIONS--
wechatpay
--INI--
disable_functions=file_get_contents,simplexml_load_string,openssl_pkey_get_private,openssl_pkey_get_details
--FILE--
<?php
function thrown(callable $f): string
{
    try {
        $f();
        return 'no exception';
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

$key = openssl_pkey_new(['private_key_bits' => 2048]);
echo thrown(fn() => WeChatPay\Util\PemUtil::loadCertificate(__FILE__)), "\n";
echo thrown(fn() => WeChatPay\Transformer::toArray('<xml><a>1</a></xml>')), "\n";
echo thrown(fn() => WeChatPay\Crypto\Rsa::from($key)), "\n";
echo thrown(fn() => WeChatPay\Crypto\Rsa::sign('message', $key)), "\n";
// key objects are read through openssl_pkey_get_details(), the factory's as Crypto\Rsa's ('privateKey' is
// read first: the certificate is never looked at)
echo thrown(fn() => WeChatPay\Builder::factory([
    'mchid' => '1230000109',
    'serial' => 'MERCHANTSERIAL',
    'privateKey' => $key,
    'certs' => ['PUB_KEY_ID_0112345678' => 'not read'],
])), "\n";
?>
--EXPECT--
Error: WeChatPay\Util\PemUtil needs file_get_contents(), which is missing
Error: WeChatPay\Transformer::toArray() needs PHP's simplexml extension (simplexml_load_string() is missing)
Error: Call to undefined function openssl_pkey_get_private()
Error: Call to undefined function openssl_pkey_get_details()
Error: Call to undefined function openssl_pkey_get_details()
