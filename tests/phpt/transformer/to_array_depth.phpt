--TEST--
Transformer::toArray(): nesting is bounded by libxml2's parser (256 levels below the root element; no LIBXML_PARSEHUGE): a deeper document, 100000 levels included, does not parse and gives []
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

/** <xml> and $below levels of elements <a> inside it, the innermost holding 'x'. */
function document(int $below): string
{
    return '<xml>' . str_repeat('<a>', $below) . 'x' . str_repeat('</a>', $below) . '</xml>';
}

foreach ([256, 257, 100000] as $below) {
    error_clear_last();
    $array = Transformer::toArray(document($below));
    $depth = 0;
    for ($at = $array; is_array($at) && isset($at['a']); $at = $at['a']) {
        $depth++;
    }
    printf("%d levels below the root: %d nested arrays, innermost %s, %s\n", $below, $depth, json_encode($at),
        json_encode(error_get_last()['message'] ?? 'no error'));
}
?>
--EXPECT--
256 levels below the root: 256 nested arrays, innermost "x", "no error"
257 levels below the root: 0 nested arrays, innermost [], "Parsing the $xml failed with the last error(level=3,code=1,message=Excessive depth in document: 256 use XML_PARSE_HUGE option\n)."
100000 levels below the root: 0 nested arrays, innermost [], "Parsing the $xml failed with the last error(level=3,code=1,message=Excessive depth in document: 256 use XML_PARSE_HUGE option\n)."
