--TEST--
Hash::equals(): hash_equals() of the two strings, false for a null (or omitted) user string
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\Hash;

$sign = '9A0A8659F005D6984697E2CA0A9CF3B7';
$r = random_bytes(16);
foreach ([['', ''], ['', null], [$r, null], [$r, $r], [$sign, $sign], [$sign, strtolower($sign)], [$sign, substr($sign, 0, -1)],
          [$sign, $sign . '0'], ["a\0b", "a\0b"], ["a\0b", "a\0c"], ['', 'x'], ['x', '']] as [$known, $user]) {
    $ours = Hash::equals($known, $user);
    echo var_export($ours, true), $ours === ($user === null ? false : hash_equals($known, $user)) ? '' : ' DIFFERS', "\n";
}
var_dump(Hash::equals('x'), Hash::equals('1', 1), Hash::equals(known_string: 'a', user_string: 'a'));
?>
--EXPECT--
true
false
false
true
true
false
false
false
true
false
false
false
bool(false)
bool(true)
bool(true)
