--TEST--
Errors: Promise::all() and Promise::settle() of a Traversable when the ini disables iterator_to_array() throw the Error PHP's own call of it would, never a crash; an array still works
--EXTENSIONS--
wechatpay
--INI--
disable_functions=iterator_to_array
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

foreach (['all', 'settle'] as $method) {
    try {
        Promise::$method(new ArrayIterator(['a' => 1]));
        echo "$method: no exception\n";
    } catch (Throwable $e) {
        echo "$method: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(Promise::all(['a' => 1])->wait());
?>
--EXPECT--
all: Error: Invalid callback iterator_to_array, function "iterator_to_array" not found or invalid function name
settle: Error: Invalid callback iterator_to_array, function "iterator_to_array" not found or invalid function name
array(1) {
  ["a"]=>
  int(1)
}
