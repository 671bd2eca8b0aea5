--TEST--
Formatter::joinedByLineFeed(...$pieces): each piece as implode() converts it, followed by "\n"; nothing for no pieces
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Formatter;

var_dump(Formatter::joinedByLineFeed());
var_dump(Formatter::joinedByLineFeed('a'));
var_dump(Formatter::joinedByLineFeed(1, 2.0, '3', "\n", true, false, null, 0.1, '4'));
// Positional pieces first, then named ones, as array_merge() keeps them.
var_dump(Formatter::joinedByLineFeed('x', ...['k' => 'y']));
$stringable = new class { public function __toString(): string { return 'S'; } };
var_dump(Formatter::joinedByLineFeed($stringable, 'T'));
// An array is "Array" with a warning; an object that is no string is an Error, as with implode().
var_dump(Formatter::joinedByLineFeed([1]));
try {
    Formatter::joinedByLineFeed('a', new stdClass());
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
string(0) ""
string(2) "a
"
string(18) "1
2
3


1


0.1
4
"
string(4) "x
y
"
string(4) "S
T
"

Warning: Array to string conversion in %s on line %d
string(6) "Array
"
Error: Object of class stdClass could not be converted to string
