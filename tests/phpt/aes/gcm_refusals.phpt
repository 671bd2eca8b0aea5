--TEST--
AES: every AesGcm refusal has wechatpay-php's class and message (tag length, tampering, wrong key/IV/AAD, empty or over-long IV, non-Base64 input)
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
$good = AesGcm::encrypt('{"trade_state":"SUCCESS"}', $key, $iv, $aad);
$bytes = base64_decode($good);

/** Our outcome, checked against the package's; printed once. Warnings and notices on our side are counted. */
$notices = 0;
function same(string $label, callable $ours, callable $package): void
{
    global $notices;
    set_error_handler(static function () use (&$notices) { $notices++; return true; });
    $a = wxp_outcome($ours);
    restore_error_handler();
    $b = wxp_outcome($package);
    printf("%-34s %s%s\n", $label, $a, $a === $b ? '' : "   <-- the package: $b");
}

// decryption
$decrypt = static fn(string $c, string $k, string $i, string $a) =>
    [static fn() => AesGcm::decrypt($c, $k, $i, $a), static fn() => wxp_ref_gcm_decrypt($c, $k, $i, $a)];
same('intact', ...$decrypt($good, $key, $iv, $aad));
$flips = 0;
for ($i = 0; $i < strlen($bytes); $i++) {
    $bad = $bytes;
    $bad[$i] = chr(ord($bad[$i]) ^ 0x01);
    [$ours, $package] = $decrypt(base64_encode($bad), $key, $iv, $aad);
    $flips += wxp_outcome($ours) === 'UnexpectedValueException: ' . WXP_MSG_DECRYPT && wxp_outcome($ours) === wxp_outcome($package);
}
echo "one bit flipped in each of the ", strlen($bytes), " bytes (ciphertext and tag): $flips refused as the package\n";
same('tag cut to 15 bytes', ...$decrypt(base64_encode(substr($bytes, 0, -1)), $key, $iv, $aad));
same('wrong key', ...$decrypt($good, strrev($key), $iv, $aad));
same('wrong IV', ...$decrypt($good, $key, 'wxpay-nonce2', $aad));
same('wrong AAD', ...$decrypt($good, $key, $iv, 'certificate'));
same('no AAD', ...$decrypt($good, $key, $iv, ''));
same('empty IV (the default)', static fn() => AesGcm::decrypt($good, $key), static fn() => wxp_ref_gcm_decrypt($good, $key));
same('129-byte IV', ...$decrypt($good, $key, str_repeat('i', 129), $aad));
same('empty input', ...$decrypt('', $key, $iv, $aad));
same('no Base64 character', ...$decrypt('!!!!', $key, $iv, $aad));
same('padding only', ...$decrypt('====', $key, $iv, $aad));
same('11 bytes', ...$decrypt(base64_encode(str_repeat('b', 11)), $key, $iv, $aad));
same('line breaks, spaces, stray bytes', ...$decrypt(" \n" . chunk_split($good, 8, "\r\n*") . "\0", $key, $iv, $aad));
same('padding removed', ...$decrypt(rtrim($good, '='), $key, $iv, $aad));
same('padding in the middle', ...$decrypt(substr($good, 0, 12) . '==' . substr($good, 12), $key, $iv, $aad));
same('Base64 cut by four characters', ...$decrypt(substr($good, 0, -4), $key, $iv, $aad));
same('hex instead of Base64', ...$decrypt(bin2hex($bytes), $key, $iv, $aad));

// encryption
same('encrypt with the default empty IV', static fn() => AesGcm::encrypt('x', $key), static fn() => wxp_ref_gcm_encrypt('x', $key));
same('encrypt with a 129-byte IV', static fn() => AesGcm::encrypt('x', $key, str_repeat('i', 129)), static fn() => wxp_ref_gcm_encrypt('x', $key, str_repeat('i', 129)));

// the classes, as apps catch them
try {
    AesGcm::decrypt($good, $key, $iv, 'other');
} catch (UnexpectedValueException $e) {
    echo get_class($e), ' code ', $e->getCode(), ' previous ', var_export($e->getPrevious(), true), "\n";
}
try {
    AesGcm::decrypt('', $key, $iv, $aad);
} catch (RuntimeException $e) {
    echo get_class($e), ' is UnexpectedValueException: ', var_export($e instanceof UnexpectedValueException, true), "\n";
}
// PHP's openssl_*() warn on the way to some of these (the package lets that through); the extension does not
echo $notices, " notices\n";
?>
--EXPECT--
intact                             {"trade_state":"SUCCESS"}
one bit flipped in each of the 41 bytes (ciphertext and tag): 41 refused as the package
tag cut to 15 bytes                UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
wrong key                          UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
wrong IV                           UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
wrong AAD                          UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
no AAD                             UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
empty IV (the default)             UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
129-byte IV                        UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
empty input                        RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
no Base64 character                RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
padding only                       RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
11 bytes                           RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
line breaks, spaces, stray bytes   {"trade_state":"SUCCESS"}
padding removed                    {"trade_state":"SUCCESS"}
padding in the middle              {"trade_state":"SUCCESS"}
Base64 cut by four characters      UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
hex instead of Base64              UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
encrypt with the default empty IV  UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.
encrypt with a 129-byte IV         UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException code 0 previous NULL
RuntimeException is UnexpectedValueException: false
0 notices
