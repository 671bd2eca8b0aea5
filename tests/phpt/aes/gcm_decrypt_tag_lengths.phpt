--TEST--
AES: AesGcm::decrypt() of openssl_encrypt() output with each tag length (16, 15, 14, 13, 12, 8, 4) ends exactly as wechatpay-php's
--DESCRIPTION--
The package takes the last 16 decoded bytes as the tag (all of them when there are fewer) and refuses a tag
that is not 16, 15, 14, 13, 12, 8 or 4 bytes long. So a 16-byte tag always works; a shorter one only when the
plaintext was empty (the whole input is then the tag); with a non-empty plaintext the split takes ciphertext
bytes into the tag and decryption fails (or the length is refused). Every outcome here is compared with the
package's computation by PHP's own base64_decode/substr/openssl_decrypt.
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\AesGcm;

$key = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
$iv = 'wxpay-nonce1';
$aad = 'transaction';
$short = ['RuntimeException: ' . WXP_MSG_TAG => 'refused: tag length', 'UnexpectedValueException: ' . WXP_MSG_DECRYPT => 'refused: does not verify'];
$same = $total = 0;
foreach ([16, 15, 14, 13, 12, 8, 4] as $tagLength) {
    $row = [];
    foreach (['', 'a', 'abc', str_repeat('x', 11), 'hello wechatpay 你好 微信支付'] as $plaintext) {
        $ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag, $aad, $tagLength);
        $input = base64_encode($ciphertext . $tag);
        $ours = wxp_outcome(static fn() => AesGcm::decrypt($input, $key, $iv, $aad));
        $total++;
        $same += $ours === wxp_outcome(static fn() => wxp_ref_gcm_decrypt($input, $key, $iv, $aad));
        $row[] = sprintf('p%d=%s', strlen($plaintext), $short[$ours] ?? ($ours === $plaintext ? 'ok' : 'WRONG'));
    }
    printf("tag %2d: %s\n", $tagLength, implode(', ', $row));
}
echo "$same of $total as the package\n";

// inputs of 0 to 16 bytes are all tag: which lengths pass on to decryption
$lengths = [];
for ($n = 0; $n <= 16; $n++) {
    $outcome = wxp_outcome(static fn() => AesGcm::decrypt(base64_encode(str_repeat("\x5a", $n)), $key, $iv, $aad));
    if ($outcome !== wxp_outcome(static fn() => wxp_ref_gcm_decrypt(base64_encode(str_repeat("\x5a", $n)), $key, $iv, $aad))) {
        echo "$n differs\n";
    }
    $lengths[$short[$outcome] ?? $outcome][] = $n;
}
foreach ($lengths as $what => $ns) {
    echo $what, ': ', implode(' ', $ns), "\n";
}
?>
--EXPECT--
tag 16: p0=ok, p1=ok, p3=ok, p11=ok, p35=ok
tag 15: p0=ok, p1=refused: does not verify, p3=refused: does not verify, p11=refused: does not verify, p35=refused: does not verify
tag 14: p0=ok, p1=refused: does not verify, p3=refused: does not verify, p11=refused: does not verify, p35=refused: does not verify
tag 13: p0=ok, p1=refused: does not verify, p3=refused: does not verify, p11=refused: does not verify, p35=refused: does not verify
tag 12: p0=ok, p1=refused: does not verify, p3=refused: does not verify, p11=refused: does not verify, p35=refused: does not verify
tag  8: p0=ok, p1=refused: tag length, p3=refused: tag length, p11=refused: does not verify, p35=refused: does not verify
tag  4: p0=ok, p1=refused: tag length, p3=refused: tag length, p11=refused: does not verify, p35=refused: does not verify
35 of 35 as the package
refused: tag length: 0 1 2 3 5 6 7 9 10 11
refused: does not verify: 4 8 12 13 14 15 16
