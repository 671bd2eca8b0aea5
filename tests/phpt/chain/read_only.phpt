--TEST--
Nodes are read-only, not clonable, not serialisable, not constructible, and refuse bad keys
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$i = WeChatPay\Builder::factory(wxp_test_config());

$attempts = [
    'write property' => function () use ($i) { $i->v3 = 1; },
    'unset property' => function () use ($i) { unset($i->v3); },
    'write dimension' => function () use ($i) { $i['v3'] = 1; },
    'append' => function () use ($i) { $i[] = 1; },
    'unset dimension' => function () use ($i) { unset($i['v3']); },
    'offsetSet' => function () use ($i) { $i->offsetSet('v3', 1); },
    'clone' => function () use ($i) { clone $i; },
    'serialize' => function () use ($i) { serialize($i); },
    'new node' => function () { new WeChatPay\BuilderNode(); },
    'new builder' => function () { new WeChatPay\Builder(); },
    'float key' => function () use ($i) { $i[1.5]; },
    'array key' => function () use ($i) { $i->chain([]); },
    'empty step' => function () use ($i) { $i->chain(''); },
    'NUL in step' => function () use ($i) { $i["v3\0x"]; },
];
foreach ($attempts as $name => $attempt) {
    try {
        $attempt();
        echo "$name: allowed\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
write property: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
unset property: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
write dimension: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
append: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
unset dimension: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
offsetSet: Error: Cannot modify WeChatPay\BuilderNode: it is read-only
clone: Error: Trying to clone an uncloneable object of class WeChatPay\BuilderNode
serialize: Exception: Serialization of 'WeChatPay\BuilderNode' is not allowed
new node: Error: Call to private WeChatPay\BuilderNode::__construct() from global scope
new builder: Error: Call to private WeChatPay\Builder::__construct() from global scope
float key: TypeError: WeChatPay\BuilderNode key must be of type string|int, float given
array key: TypeError: WeChatPay\BuilderNode::chain(): Argument #1 ($segment) must be of type string|int, array given
empty step: WeChatPay\Exception\InvalidArgumentException: A path step must not be empty
NUL in step: WeChatPay\Exception\InvalidArgumentException: A path step must not contain NUL bytes
