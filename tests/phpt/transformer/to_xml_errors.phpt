--TEST--
Transformer::toXml(): a value is written as `(string) $value`, as the package does, so an object without __toString() is the cast's Error and a throwing __toString() passes its exception on; a root, item or key that is no element name a ValueError
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$thrower = new class {
    public function __toString(): string
    {
        throw new RuntimeException('no text');
    }
};
foreach ([['a' => ['b' => new stdClass()]], ['a' => $thrower], ['a' => PHP_EOL, 'e' => E_USER_NOTICE]] as $data) {
    try {
        echo Transformer::toXml($data), "\n";
    } catch (Throwable $e) {
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
Error: Object of class stdClass could not be converted to string
RuntimeException: no text
<xml><a>
</a><e>1024</e></xml>
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"bad name\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #4 ($root) must be a valid element name, \"1xml\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #5 ($item) must be a valid element name, \"bad item\" given"
ValueError: "WeChatPay\\Transformer::toXml(): Argument #1 ($data) must have keys that are element names or integers, \"abc\n\" given"
<xml><a>b</a></xml>
<x><a>b</a></x>
