--TEST--
AES and Hash: with an OpenSSL that has no ciphers or digests (only the "base" provider), each class fails as the package then does, and Hash falls back to PHP's own hashes
--DESCRIPTION--
The package checks openssl_get_cipher_methods() before AesGcm's work (a RuntimeException naming the missing
cipher), gets false from openssl_encrypt() in AesEcb (UnexpectedValueException), and hashes with ext/hash,
which needs no OpenSSL. The extension hashes with OpenSSL when it can and with ext/hash's code when it cannot.
--EXTENSIONS--
wechatpay
--ENV--
OPENSSL_CONF={PWD}/base_provider_only.cnf
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (openssl_get_cipher_methods() !== []) echo "skip OPENSSL_CONF was not honoured (ciphers are available)\n"; ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\{AesGcm, AesEcb, Hash};

var_dump(in_array(AesGcm::ALGO_AES_256_GCM, openssl_get_cipher_methods(), true));
echo wxp_outcome(static fn() => AesGcm::encrypt('x', str_repeat('k', 32), 'wxpay-nonce1')), "\n";
echo wxp_outcome(static fn() => AesGcm::decrypt(base64_encode(random_bytes(40)), str_repeat('k', 32), 'wxpay-nonce1')), "\n";
echo wxp_outcome(static fn() => AesEcb::encrypt('x', str_repeat('k', 32))), "\n";
echo wxp_outcome(static fn() => AesEcb::decrypt('pZwJZBLuy3mDACEQT4YTBw==', '0123456789abcdef0123456789abcdef')), "\n";
var_dump(Hash::md5('abc', 'k') === md5('abc&key=k'), Hash::hmac('abc', 'k') === hash_hmac('sha256', 'abc&key=k', 'k'),
    Hash::hmac('abc', 'k', 'sha3-512') === hash_hmac('sha3-512', 'abc&key=k', 'k'));
$data = 'appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA';
var_dump(Hash::sign('MD5', $data, '192006250b4c09247ec02edce69f6a2d'), Hash::sign('HMAC-SHA256', $data, '192006250b4c09247ec02edce69f6a2d'));
?>
--EXPECT--
bool(false)
RuntimeException: It looks like the ext-openssl extension missing the `aes-256-gcm` cipher method.
RuntimeException: It looks like the ext-openssl extension missing the `aes-256-gcm` cipher method.
UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
bool(true)
bool(true)
bool(true)
string(32) "9A0A8659F005D6984697E2CA0A9CF3B7"
string(64) "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"
