--TEST--
AES: AesGcm::decrypt() undoes encrypt() (empty to 64 KiB plaintexts, any IV length, with and without AAD) and agrees with openssl_decrypt()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\AesGcm;

$ok = $total = 0;
foreach ([0, 1, 15, 16, 17, 31, 32, 33, 100, 1000, 65536] as $length) {
    foreach ([1, 12, 16, 128] as $ivLength) {
        foreach (['', random_bytes(7)] as $aad) {
            $plaintext = $length ? random_bytes($length) : '';
            $key = random_bytes(32);
            $iv = random_bytes($ivLength);
            $ciphertext = AesGcm::encrypt($plaintext, $key, $iv, $aad);
            $total++;
            $ok += AesGcm::decrypt($ciphertext, $key, $iv, $aad) === $plaintext
                && wxp_ref_gcm_decrypt($ciphertext, $key, $iv, $aad) === $plaintext
                && AesGcm::decrypt(wxp_ref_gcm_encrypt($plaintext, $key, $iv, $aad), $key, $iv, $aad) === $plaintext;
        }
    }
}
echo "$ok of $total round trips\n";

// the package's own test data: printable key and IV of KEY_LENGTH_BYTE and BLOCK_SIZE characters
$key = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
$iv = 'Gh7jKl0nOp3rSt6v';
foreach (['', $iv] as $aad) {
    $ciphertext = AesGcm::encrypt('hello wechatpay 你好 微信支付', $key, $iv, $aad);
    var_dump((bool) preg_match('#^[a-zA-Z0-9][a-zA-Z0-9\+/]*={0,2}$#', $ciphertext), AesGcm::decrypt($ciphertext, $key, $iv, $aad));
}
// a decrypted string is an ordinary string: usable, comparable, freed
$s = AesGcm::decrypt(AesGcm::encrypt('abc', $key, $iv), $key, $iv);
var_dump($s . 'd', $s === 'abc', strlen($s));
?>
--EXPECT--
88 of 88 round trips
bool(true)
string(35) "hello wechatpay 你好 微信支付"
bool(true)
string(35) "hello wechatpay 你好 微信支付"
string(4) "abcd"
bool(true)
int(3)
