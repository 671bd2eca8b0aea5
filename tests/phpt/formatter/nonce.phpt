--TEST--
Formatter::nonce(): $size characters of [0-9A-Za-z] (32 by default), fresh each call; below 1 an \InvalidArgumentException
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

foreach ([null, 1, 16, 32, 100, 4096] as $size) {
    $nonce = $size === null ? Formatter::nonce() : Formatter::nonce($size);
    printf("%s: %d %s\n", $size ?? 'default', strlen($nonce), preg_match('/^[0-9A-Za-z]+$/D', $nonce) ? 'base62' : 'NOT base62');
}
var_dump(Formatter::nonce() !== Formatter::nonce());

// Every one of the 62 characters turns up, none more than a uniform draw allows.
$counts = count_chars(Formatter::nonce(62000), 1);
var_dump(count($counts), min($counts) > 850, max($counts) < 1150);

foreach ([0, -1, -32, PHP_INT_MIN] as $size) {
    try {
        Formatter::nonce($size);
        echo "$size: no exception\n";
    } catch (\InvalidArgumentException $e) {
        echo "$size: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    Formatter::nonce('many');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
default: 32 base62
1: 1 base62
16: 16 base62
32: 32 base62
100: 100 base62
4096: 4096 base62
bool(true)
int(62)
bool(true)
bool(true)
0: InvalidArgumentException: Size must be a positive integer.
-1: InvalidArgumentException: Size must be a positive integer.
-32: InvalidArgumentException: Size must be a positive integer.
-9223372036854775808: InvalidArgumentException: Size must be a positive integer.
WeChatPay\Formatter::nonce(): Argument #1 ($size) must be of type int, string given
