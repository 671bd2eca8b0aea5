--TEST--
Transformer::toXml(): a value that is no string, array or Traversable is a TypeError (as in the package, strict types); a root, item or key that is no element name a ValueError
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

foreach ([['total_fee' => 1], ['a' => null], ['a' => 1.5], ['a' => true], ['a' => ['b' => new stdClass()]]] as $data) {
    try {
        echo Transformer::toXml($data), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$calls = [
    static fn () => Transformer::toXml(['a' => 'b'], true, false, 'bad name'),
    static fn () => Transformer::toXml(['a' => 'b'], true, false, ''),
    static fn () => Transformer::toXml(['a' => 'b'], true, false, '1xml'),
    static fn () => Transformer::toXml(['b'], true, false, 'xml', 'bad item'),
    static fn () => Transformer::toXml(["abc\n" => 'b']),
];
foreach ($calls as $call) {
    try {
        echo $call(), "\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', json_encode($e->getMessage()), "\n";
    }
}
// $item is only checked when a key needs it; a NUL byte ends a root name, as libxml2 reads it.
echo Transformer::toXml(['a' => 'b'], true, false, 'xml', 'bad item'), "\n";
echo Transformer::toXml(['a' => 'b'], true, false, "x\0y"), "\n";
?>
--EXPECT--
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must hold only strings, arrays and Traversable objects, int given at key "total_fee"
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must hold only strings, arrays and Traversable objects, null given at key "a"
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must hold only strings, arrays and Traversable objects, float given at key "a"
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must hold only strings, arrays and Traversable objects, bool given at key "a"
TypeError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must hold only strings, arrays and Traversable objects, stdClass given at key "b"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"bad name\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"1xml\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #5 ($item) must be a valid element name, \"bad item\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #1 ($data) must have keys that are element names or integers, \"abc\n\" given"
<xml><a>b</a></xml>
<x><a>b</a></x>
