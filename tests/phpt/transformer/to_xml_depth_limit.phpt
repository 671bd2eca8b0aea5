--TEST--
Transformer::toXml(): arrays and Traversable objects nest at most 64 levels deep ($data is level 1); deeper is a ValueError naming the limit, however deep the data goes
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

/** $levels arrays, each the only entry of the one around it: ['a' => ['a' => ... ['a' => 'x']]]. */
function nested(int $levels, string $key = 'a'): array
{
    $data = 'x';
    for ($i = 0; $i < $levels; $i++) {
        $data = [$key => $data];
    }
    return $data;
}

function attempt(array $data): void
{
    try {
        $xml = Transformer::toXml($data);
        echo 'written: ', substr_count($xml, '<a>'), " elements <a>, ", strlen($xml), " bytes\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

attempt(nested(64));
echo Transformer::toXml(nested(64)) === '<xml>' . str_repeat('<a>', 64) . 'x' . str_repeat('</a>', 64) . '</xml>' ? "exact\n" : "WRONG\n";
attempt(nested(65));
attempt(nested(100000));
// integer keys are named by $item in the message, as in the element
try {
    Transformer::toXml(nested(65, '0'), true, false, 'xml', 'row');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
// a Traversable is a level like an array: one at level 64 is written, one at level 65 refused
$wrap = static function (int $levels): array {
    $data = new ArrayObject(['b' => 'y']);
    for ($i = 0; $i < $levels; $i++) {
        $data = ['a' => $data];
    }
    return $data;
};
attempt($wrap(63));
attempt($wrap(64));
// a refusal leaves nothing marked: json_encode() walks the same arrays afterwards
$data = nested(65);
attempt($data);
echo strlen(json_encode($data, 0, 100)), "\n";
?>
--EXPECT--
written: 64 elements <a>, 460 bytes
exact
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not nest arrays and Traversable objects more than 64 levels deep, level 65 found at key "a"
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not nest arrays and Traversable objects more than 64 levels deep, level 65 found at key "a"
WeChatPay\Transformer::toXml(): Argument #1 ($data) must not nest arrays and Traversable objects more than 64 levels deep, level 65 found at key "row"
written: 63 elements <a>, 460 bytes
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not nest arrays and Traversable objects more than 64 levels deep, level 65 found at key "a"
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not nest arrays and Traversable objects more than 64 levels deep, level 65 found at key "a"
393
