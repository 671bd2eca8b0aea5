--TEST--
Transformer::toArray(): nesting, repeated elements, attributes, empty elements, mixed content, text roots, as SimpleXML casts them
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

$show = static fn ($v) => print(json_encode($v, JSON_UNESCAPED_UNICODE) . "\n");
$show(Transformer::toArray('<xml><a>1</a><c><d>1</d><d>2</d></c><e attr="v">t</e><f/><g attr="1"/><h a="1"><i>2</i></h></xml>'));
$show(Transformer::toArray('<batch><payment><account>5678</account><comment></comment></payment><payment><account>1234</account><comment>Hacked</comment></payment></batch>'));
$show(Transformer::toArray('<xml>hello</xml>'));
$show(Transformer::toArray('<xml><a>x<b>y</b>z</a><b> x </b><c>  </c><d>&amp;&lt;&#x4E2D;</d></xml>'));
$show(Transformer::toArray('<xml><!-- note --><a>1</a></xml>'));
$show(Transformer::toArray('<x:xml xmlns:x="urn:x"><x:a>1</x:a><b>2</b></x:xml>'));
// The default argument is `<xml/>`.
$show(Transformer::toArray());
// Characters XML forbids are removed before parsing, as the package's sanitize() does.
$show(Transformer::toArray("<xml><a>1\x01\x1f2</a></xml>"));
?>
--EXPECT--
{"a":"1","c":{"d":["1","2"]},"e":"t","f":"","g":"","h":{"@attributes":{"a":"1"},"i":"2"}}
{"payment":[{"account":"5678","comment":""},{"account":"1234","comment":"Hacked"}]}
["hello"]
{"a":"xz","b":" x ","c":"  ","d":"&<中"}
{"comment":" note ","a":"1"}
{"b":"2"}
[]
{"a":"12"}
