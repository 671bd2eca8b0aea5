--TEST--
AES: AesEcb (AES-256-ECB, PKCS#7) matches the package's vector, NIST SP 800-38A and openssl_encrypt() for every length, and round-trips
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\AesEcb;

// wechatpay-php's fixed vector
var_dump(AesEcb::encrypt('hello', '0123456789abcdef0123456789abcdef'));
var_dump(AesEcb::decrypt('pZwJZBLuy3mDACEQT4YTBw==', '0123456789abcdef0123456789abcdef'));

// NIST SP 800-38A F.1.5 (ECB-AES256.Encrypt): the four blocks, then the padding block PKCS#7 adds
$key = hex2bin('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
$plain = hex2bin('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
echo chunk_split(bin2hex(base64_decode(AesEcb::encrypt($plain, $key))), 32, "\n");
var_dump(AesEcb::decrypt(AesEcb::encrypt($plain, $key), $key) === $plain);

// every length from 0 to 48, binary and random keys: as openssl_encrypt, and back
$same = $back = 0;
for ($n = 0; $n <= 48; $n++) {
    $k = random_bytes(32);
    $p = $n ? random_bytes($n) : '';
    $c = AesEcb::encrypt($p, $k);
    $same += $c === wxp_ref_ecb_encrypt($p, $k) && strlen(base64_decode($c)) === (intdiv($n, 16) + 1) * 16;
    $back += AesEcb::decrypt($c, $k) === $p && wxp_ref_ecb_decrypt($c, $k) === $p;
}
echo "$same of 49 as openssl, $back of 49 back\n";

// the package's other test data, and an APIv2 refund notice's req_info (key: md5 of the APIv2 key)
$k = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
foreach (['hello wechatpay 你好 微信支付', ''] as $p) {
    $c = AesEcb::encrypt($p, $k);
    var_dump((bool) preg_match('#^[a-zA-Z0-9\+/]+={0,2}$#', $c), AesEcb::decrypt($c, $k) === $p);
}
$reqInfoKey = md5('192006250b4c09247ec02edce69f6a2d');
$reqInfo = base64_encode(openssl_encrypt('<root><out_refund_no><![CDATA[R1]]></out_refund_no><refund_status><![CDATA[SUCCESS]]></refund_status></root>', 'aes-256-ecb', $reqInfoKey, OPENSSL_RAW_DATA));
echo AesEcb::decrypt($reqInfo, $reqInfoKey), "\n";

// the IV is accepted and plays no part
var_dump(AesEcb::encrypt('hello', $k, 'any iv at all') === AesEcb::encrypt('hello', $k), AesEcb::decrypt(AesEcb::encrypt('hello', $k), $k, 'x'));
?>
--EXPECT--
string(24) "pZwJZBLuy3mDACEQT4YTBw=="
string(5) "hello"
f3eed1bdb5d2a03c064b5a7e3db181f8
591ccb10d410ed26dc5ba74a31362870
b6ed21b99ca6f4f9f153e7b1beafed1d
23304b7a39f9f3ff067d8d8f9e24ecc7
4c45dfb3b3b484ec35b0512dc8c1c4d6
bool(true)
49 of 49 as openssl, 49 of 49 back
bool(true)
bool(true)
bool(true)
bool(true)
<root><out_refund_no><![CDATA[R1]]></out_refund_no><refund_status><![CDATA[SUCCESS]]></refund_status></root>
bool(true)
string(5) "hello"
