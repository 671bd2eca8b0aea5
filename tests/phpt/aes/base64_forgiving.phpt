--TEST--
AES: Base64 input is decoded exactly as base64_decode() (non-strict) decodes it: 2000 mangled inputs end as the package's computation does
--DESCRIPTION--
Valid ciphertexts with random characters inserted, deleted or replaced (alphabet, '=', whitespace, Base64url
'-' and '_', other bytes): each outcome of AesGcm::decrypt() and AesEcb::decrypt() (plaintext or class and
message) is compared with the same computation over PHP's own base64_decode().
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\{AesGcm, AesEcb};

mt_srand(2024);
$pool = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=== -_*' . "\n\r\t\0\xff";
$mangle = static function (string $text) use ($pool): string {
    for ($edits = mt_rand(1, 3); $edits > 0; $edits--) {
        $at = mt_rand(0, strlen($text));
        $c = $pool[mt_rand(0, strlen($pool) - 1)];
        switch (mt_rand(0, 2)) {
            case 0: $text = substr($text, 0, $at) . $c . substr($text, $at); break;
            case 1: $text = substr($text, 0, $at) . substr($text, $at + 1); break;
            default: $text = substr($text, 0, $at) . $c . substr($text, $at + 1);
        }
    }
    return $text;
};
$key = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
$iv = 'wxpay-nonce1';
$same = 0;
$kinds = [];
for ($i = 0; $i < 1000; $i++) {
    $plaintext = substr('{"out_trade_no":"1217752501201407033233368018","trade_state":"SUCCESS"}', 0, mt_rand(0, 70));
    $gcm = $mangle(AesGcm::encrypt($plaintext, $key, $iv, 'transaction'));
    $ecb = $mangle(AesEcb::encrypt($plaintext, $key));
    $a = wxp_outcome(static fn() => AesGcm::decrypt($gcm, $key, $iv, 'transaction'));
    $b = wxp_outcome(static fn() => AesEcb::decrypt($ecb, $key));
    $same += ($a === wxp_outcome(static fn() => wxp_ref_gcm_decrypt($gcm, $key, $iv, 'transaction')))
           + ($b === wxp_outcome(static fn() => wxp_ref_ecb_decrypt($ecb, $key)));
    foreach ([$a, $b] as $o) {
        $kinds[match (true) {
            $o === $plaintext => 'decrypted',
            str_starts_with($o, 'RuntimeException: '), str_starts_with($o, 'UnexpectedValueException: ') => strtok($o, ':'),
            default => 'other bytes (ECB blocks are independent: a mangled block decrypts to garbage)',
        }] = true;
    }
}
echo "$same of 2000 as the package\n";
ksort($kinds);
echo implode(', ', array_keys($kinds)), "\n";
?>
--EXPECT--
2000 of 2000 as the package
UnexpectedValueException, decrypted, other bytes (ECB blocks are independent: a mangled block decrypts to garbage)
