--TEST--
AES: every AesEcb refusal has wechatpay-php's class and message (wrong key, bad padding, partial blocks, empty or non-Base64 input)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\AesEcb;

$key = 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f';
$good = AesEcb::encrypt('refund notice', $key);
$raw = base64_decode($good);
$notices = 0;
set_error_handler(static function () use (&$notices) { $notices++; return true; });
$cases = [
    'intact' => [$good, $key],
    'wrong key' => [$good, strrev($key)],
    'last byte changed' => [base64_encode(substr($raw, 0, -1) . chr(ord($raw[15]) ^ 1)), $key],
    'doubled' => [base64_encode($raw . $raw), $key],
    '15 bytes' => [base64_encode(substr($raw, 0, 15)), $key],
    '17 bytes' => [base64_encode($raw . 'x'), $key],
    'empty' => ['', $key],
    'no Base64 character' => ['!!!!', $key],
    'line breaks inside' => [chunk_split($good, 4, "\n"), $key],
    'zero padding block' => [base64_encode(openssl_encrypt(str_repeat("\0", 16), 'aes-256-ecb', $key, OPENSSL_RAW_DATA | OPENSSL_ZERO_PADDING)), $key],
    'padding byte 17' => [base64_encode(openssl_encrypt(str_repeat("\x11", 16), 'aes-256-ecb', $key, OPENSSL_RAW_DATA | OPENSSL_ZERO_PADDING)), $key],
    'padding 4 4 4 5' => [base64_encode(openssl_encrypt(str_repeat('a', 12) . "\x05\x04\x04\x04", 'aes-256-ecb', $key, OPENSSL_RAW_DATA | OPENSSL_ZERO_PADDING)), $key],
    'padding 4 4 4 4' => [base64_encode(openssl_encrypt(str_repeat('a', 11) . "\x05\x04\x04\x04\x04", 'aes-256-ecb', $key, OPENSSL_RAW_DATA | OPENSSL_ZERO_PADDING)), $key],
];
foreach ($cases as $label => [$text, $k]) {
    $ours = wxp_outcome(static fn() => AesEcb::decrypt($text, $k));
    $package = wxp_outcome(static fn() => wxp_ref_ecb_decrypt($text, $k));
    printf("%-20s %s%s\n", $label, addcslashes($ours, "\0..\37"), $ours === $package ? '' : '   <-- the package: ' . addcslashes($package, "\0..\37"));
}
echo "$notices notices\n";
try {
    AesEcb::decrypt('', $key);
} catch (UnexpectedValueException $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
intact               refund notice
wrong key            UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
last byte changed    UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
doubled              refund notice\003\003\003refund notice
15 bytes             UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
17 bytes             UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
empty                UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
no Base64 character  UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
line breaks inside   refund notice
zero padding block   UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
padding byte 17      UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
padding 4 4 4 5      UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
padding 4 4 4 4      aaaaaaaaaaa\005
0 notices
UnexpectedValueException
