--TEST--
AES: a WeChat Pay callback's AEAD_AES_256_GCM resource decrypts with the APIv3 key, its 12-byte nonce and associated_data
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\{AesGcm, AesInterface};

// A TRANSACTION.SUCCESS notification as WeChat Pay posts it (ciphertext made once with openssl_encrypt).
$body = <<<'JSON'
{"id":"EV-2018022511223320873","create_time":"2015-05-20T13:29:35+08:00","resource_type":"encrypt-resource",
 "event_type":"TRANSACTION.SUCCESS","summary":"支付成功","resource":{"original_type":"transaction",
 "algorithm":"AEAD_AES_256_GCM","associated_data":"transaction","nonce":"wxpay-nonce1","ciphertext":
 "15mNK2C8Z+78XN6xy08rJxXS0duqJXX7ie1T+rOA1xEwhP3CQsHolO9eIDwp1ckOn7WL7tOpbHPG5c2zXhoGwxgWgzRojfhn+pSXXzup1QRjxl+JWg7xFsuMU+Vn4qehOk4yh/nCqZ7PcHkS1h8glP2SuYNoWZCLDNFTcO755gHa8+u44C76wwAS3t2UAvtb5fDESLbDt4Y5dwwEMNfEv/INhcr7xlueStSMxJwuS4nfMXPuluG9mRH232V38iHd+Vi5W9g1lHekwvt/wOlRCEochAn2Q7+dtUSFsatYfjBgugDLwhOogBmMT5yPnsMWy3NlUUCMBBal3eaZcOPOpnIaZJfLzqRqwJ7ma3OhYfQ8K1LFhudDT9UrC8tWVfuuzF4sgS++8PWbeOKVFd0ry9xMhWq3QvveE8BeRE6s664onauh1F0oi7w2AV7s5kMrmYJPx4zentersdq8uO1sIXmJ3GSaX4+W0dNQUxHHhWll/rk2YSfXRgWrQ2PP5NlwPOQC2eLEhPehpoYRBu1a8aenxPv6xUO+C5uB9vOwA6IjcRv3gvZ1QNZnAm3Ixj0X"}}
JSON;
$apiv3Key = '0123456789abcdef0123456789abcdef';

// the handler of the package's README, unchanged
$inBodyArray = (array) json_decode($body, true);
['resource' => ['ciphertext' => $ciphertext, 'nonce' => $nonce, 'associated_data' => $aad]] = $inBodyArray;
var_dump(strlen($apiv3Key) === AesInterface::KEY_LENGTH_BYTE, strlen($nonce));
$inBodyResource = AesGcm::decrypt($ciphertext, $apiv3Key, $nonce, $aad);
$inBodyResourceArray = (array) json_decode($inBodyResource, true);
echo strlen($inBodyResource), " bytes\n";
printf("%s %s %s %d %s %s\n", $inBodyResourceArray['trade_state'], $inBodyResourceArray['trade_state_desc'],
    $inBodyResourceArray['out_trade_no'], $inBodyResourceArray['amount']['total'], $inBodyResourceArray['payer']['openid'],
    $inBodyResourceArray['success_time']);
var_dump($inBodyResource === wxp_ref_gcm_decrypt($ciphertext, $apiv3Key, $nonce, $aad));

// the same resource under a wrong key, another merchant's nonce, or another associated_data: the package's refusal
foreach ([[str_repeat('0', 32), $nonce, $aad], [$apiv3Key, 'wxpay-nonce2', $aad], [$apiv3Key, $nonce, 'certificate']] as [$k, $n, $a]) {
    echo wxp_outcome(static fn() => AesGcm::decrypt($ciphertext, $k, $n, $a)), "\n";
}

// the platform certificate download (/v3/certificates) encrypts the same way: round trip of a PEM-sized payload
$pem = "-----BEGIN CERTIFICATE-----\n" . chunk_split(base64_encode(random_bytes(900)), 64, "\n") . "-----END CERTIFICATE-----\n";
$encrypted = AesGcm::encrypt($pem, $apiv3Key, 'e3b0c44298fc', 'certificate');
var_dump(AesGcm::decrypt($encrypted, $apiv3Key, 'e3b0c44298fc', 'certificate') === $pem,
    wxp_ref_gcm_decrypt($encrypted, $apiv3Key, 'e3b0c44298fc', 'certificate') === $pem);
?>
--EXPECT--
bool(true)
int(12)
416 bytes
SUCCESS 支付成功 1217752501201407033233368018 100 oUpF8uMuAJO_M2pxb1Q9zNjWeS6o 2018-06-08T10:34:56+08:00
bool(true)
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
bool(true)
bool(true)
