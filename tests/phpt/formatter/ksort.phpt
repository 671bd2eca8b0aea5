--TEST--
Formatter::ksort(): a copy sorted by key as strings, byte by byte (ksort() with SORT_STRING), the package's cases
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

$show = static fn (array $a) => print(json_encode($a, JSON_UNESCAPED_UNICODE) . "\n");
$show(Formatter::ksort(['a' => '1', 'b' => '3', 'aa' => '2']));
$show(Formatter::ksort(['rfc1' => '1', 'b' => '4', 'rfc822' => '2', 'rfc2086' => '3']));
// wechatpay-php issue #41: `_` (95) sorts before `m` (109), upper case before lower case.
$show(Formatter::ksort([
    'mch_billno' => 'etGkDmT3BJyuhnhU9d', 'mch_id' => 'xxxxx', 'wxappid' => 'wx01111111', 'send_name' => 'aaaaa',
    're_openid' => 'o8xSOxxxxxxx', 'total_amount' => '100', 'total_num' => '1', 'wishing' => '红包祝福语',
    'client_ip' => '192.168.0.1', 'act_name' => '活动名称', 'remark' => '备注',
]));
$show(Formatter::ksort(['remark' => '备注', 'RE_OPENID' => 'R', 're_openid' => 'o', 'REMARK' => 'REMARK']));
// Integer keys compare as their digits, and keep being integers.
var_dump(Formatter::ksort([10 => 'a', 9 => 'b', 100 => 'c', '01' => 'd', -5 => 'e', '' => 'f']));
// The same order as PHP's own ksort(SORT_STRING), on a larger mixed array; the argument is not changed.
$input = [];
for ($i = 0; $i < 300; $i++) {
    $input[$i % 3 ? bin2hex(random_bytes(random_int(1, 3))) . chr(random_int(32, 126)) : random_int(-1000, 1000)] = $i;
}
$copy = $input;
$expected = $input;
ksort($expected, SORT_STRING);
var_dump(Formatter::ksort($input) === $expected, $input === $copy);
var_dump(Formatter::ksort(), Formatter::ksort([]));
?>
--EXPECT--
{"a":"1","aa":"2","b":"3"}
{"b":"4","rfc1":"1","rfc2086":"3","rfc822":"2"}
{"act_name":"活动名称","client_ip":"192.168.0.1","mch_billno":"etGkDmT3BJyuhnhU9d","mch_id":"xxxxx","re_openid":"o8xSOxxxxxxx","remark":"备注","send_name":"aaaaa","total_amount":"100","total_num":"1","wishing":"红包祝福语","wxappid":"wx01111111"}
{"REMARK":"REMARK","RE_OPENID":"R","re_openid":"o","remark":"备注"}
array(6) {
  [""]=>
  string(1) "f"
  [-5]=>
  string(1) "e"
  ["01"]=>
  string(1) "d"
  [10]=>
  string(1) "a"
  [100]=>
  string(1) "c"
  [9]=>
  string(1) "b"
}
bool(true)
bool(true)
array(0) {
}
array(0) {
}
