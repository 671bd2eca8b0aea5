--TEST--
Transformer::toXml(): data that holds itself (a Traversable's property pointing back, an array through a reference) is a ValueError naming the key, not an endless recursion
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

final class Node implements IteratorAggregate
{
    public $name = 'n';
    public $next;

    public function getIterator(): Iterator
    {
        return new ArrayIterator([]);
    }
}

function attempt(array $data): void
{
    try {
        echo Transformer::toXml($data), "\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// a Traversable whose property is the object itself
$self = new Node();
$self->next = $self;
attempt(['node' => $self]);
// two objects pointing at each other
$a = new Node();
$b = new Node();
$a->next = $b;
$b->next = $a;
attempt(['a' => $a]);
// an array holding itself through a reference, at the top and further down
$loop = ['x' => 'y'];
$loop['self'] = &$loop;
attempt($loop);
attempt(['outer' => ['inner' => &$loop]]);
// an object holding (a copy of) the array it is in
$holder = new Node();
$data = ['holder' => $holder];
$holder->next = $data;
attempt($data);

// The same array or object twice side by side is no cycle.
$shared = ['k' => 'v'];
$leaf = new ArrayObject(['p' => 'q']);
attempt(['one' => $shared, 'two' => $shared, 'three' => $leaf, 'four' => $leaf]);
// Nothing stays marked after a refusal: the engine's own walkers see no recursion left behind.
$self->next = 'end';
attempt(['node' => $self]);
unset($loop['self']);
echo json_encode($loop), ' ', json_encode($data['holder']->name), "\n";
$a->next = $b->next = $holder->next = null;
?>
--EXPECT--
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not contain itself, key "next" leads back to an array or object that holds it
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not contain itself, key "next" leads back to an array or object that holds it
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not contain itself, key "self" leads back to an array or object that holds it
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not contain itself, key "self" leads back to an array or object that holds it
ValueError: WeChatPay\Transformer::toXml(): Argument #1 ($data) must not contain itself, key "next" leads back to an array or object that holds it
<xml><one><k>v</k></one><two><k>v</k></two><three><p>q</p></three><four><p>q</p></four></xml>
<xml><node><name>n</name><next>end</next></node></xml>
{"x":"y"} "n"
