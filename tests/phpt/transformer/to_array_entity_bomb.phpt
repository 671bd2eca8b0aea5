--TEST--
Transformer::toArray(): an entity expansion bomb ("billion laughs") is refused by libxml's limits: [] at once
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
$entities = '<!ENTITY lol0 "lollollollollollollollollollol">';
for ($i = 1; $i <= 9; $i++) {
    $entities .= "<!ENTITY lol$i \"" . str_repeat('&lol' . ($i - 1) . ';', 10) . '">';
}
$xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [$entities]><lolz><a>&lol9;</a></lolz>";
$t = microtime(true);
$before = memory_get_usage();
$array = WeChatPay\Transformer::toArray($xml);
var_dump($array, microtime(true) - $t < 5, memory_get_usage() - $before < 50 * 1024 * 1024);
var_dump(str_contains(error_get_last()['message'] ?? '', 'Parsing the $xml failed'));
?>
--EXPECT--
array(0) {
}
bool(true)
bool(true)
bool(true)
