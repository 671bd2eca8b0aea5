--TEST--
Formatter::timestamp(): the current Unix time as an integer, as time()
--EXTENSIONS--
wechatpay
--FILE--
<?php
$before = time();
$t = WeChatPay\Formatter::timestamp();
$after = time();
var_dump(is_int($t), $t >= $before && $t <= $after, strlen((string) $t));
?>
--EXPECT--
bool(true)
bool(true)
int(10)
