--TEST--
Transformer::toArray(): external entities and DTDs naming a URL make no network connection (LIBXML_NONET, no entity loading)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$url = "http://127.0.0.1:$port/xxe";
$samples = [
    'SYSTEM entity' => "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"$url\">]><foo><value>&xxe;</value></foo>",
    'parameter entity' => "<!DOCTYPE foo [<!ENTITY % p SYSTEM \"$url\"> %p;]><foo><value>1</value></foo>",
    'external DTD' => "<!DOCTYPE foo SYSTEM \"$url\"><foo><value>1</value></foo>",
    'XInclude' => "<foo xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"$url\"/></foo>",
];
foreach ($samples as $name => $xml) {
    $array = Transformer::toArray($xml);
    // A connection attempt would already sit in the listen queue.
    $peer = @stream_socket_accept($server, 0.2);
    printf("%s: %s, %s\n", $name, json_encode($array), $peer === false ? 'no connection' : 'CONNECTED');
}
?>
--EXPECT--
SYSTEM entity: {"value":""}, no connection
parameter entity: {"value":"1"}, no connection
external DTD: {"value":"1"}, no connection
XInclude: [], no connection
