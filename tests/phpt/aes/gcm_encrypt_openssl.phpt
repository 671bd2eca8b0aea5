--TEST--
AES: AesGcm::encrypt() is byte for byte Base64(openssl_encrypt('aes-256-gcm') || 16-byte tag) for plaintext, IV and AAD lengths
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\AesGcm;

mt_srand(7);
$bytes = static fn(int $n): string => $n ? implode('', array_map(static fn() => chr(mt_rand(0, 255)), range(1, $n))) : '';
$key = $bytes(32);
$checked = $differ = 0;
$plaintexts = array_map($bytes, [...range(0, 40), 63, 64, 65, 1000, 4096]);
$plaintexts[] = 'hello wechatpay 你好 微信支付';
foreach ($plaintexts as $plaintext) {
    foreach ([1, 8, 12, 13, 16, 60, 128] as $ivLength) {
        foreach (['', 'transaction', $bytes(100)] as $aad) {
            $iv = $bytes($ivLength);
            $checked++;
            if (AesGcm::encrypt($plaintext, $key, $iv, $aad) !== wxp_ref_gcm_encrypt($plaintext, $key, $iv, $aad)) {
                $differ++;
                echo "differs: plaintext ", strlen($plaintext), " IV $ivLength AAD ", strlen($aad), "\n";
            }
        }
    }
}
echo "$checked checked, $differ differ\n";

// the length is that of the plaintext plus the 16-byte tag
var_dump(strlen(base64_decode(AesGcm::encrypt('', $key, '123456789012'))), strlen(base64_decode(AesGcm::encrypt('abc', $key, '123456789012'))));
// deterministic for the same inputs, different for another IV
$a = AesGcm::encrypt('same', $key, 'nonce-000001');
var_dump($a === AesGcm::encrypt('same', $key, 'nonce-000001'), $a === AesGcm::encrypt('same', $key, 'nonce-000002'));
// one fixed vector (GCM specification test case 16): key, 12-byte IV, AAD, 60-byte plaintext
$k = hex2bin('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
$p = hex2bin('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
echo bin2hex(base64_decode(AesGcm::encrypt($p, $k, hex2bin('cafebabefacedbaddecaf888'), hex2bin('feedfacedeadbeeffeedfacedeadbeefabaddad2')))), "\n";
?>
--EXPECT--
987 checked, 0 differ
int(16)
int(19)
bool(true)
bool(false)
522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b
