--TEST--
Transformer::toXml(): text holding any of < > & " goes into CDATA; other text is escaped as XMLWriter does; keys that are no element name become $item
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

echo Transformer::toXml([
    'lt' => 'a<b', 'gt' => 'a>b', 'amp' => 'a&b', 'quot' => 'say "hi"', 'apos' => "it's", 'cr' => "x\ry", 'lf' => "x\ny",
    'cdata_end' => 'a]]>b<', 'empty' => '', 'zero' => '0', 'utf8' => '中文', 'nul' => "cut\0here", 'nul_cdata' => "a<\0b",
]), "\n";
// Integer keys, keys with a space, starting with a digit, or not a name at all use $item; names may hold : . - _
echo Transformer::toXml([0 => 'a', 'x y' => 'b', '1a' => 'c', '' => 'd', '中文' => 'e', 'a:b' => 'f', '_u.v-w' => 'g', '-x' => 'h', "bad\xff" => 'i']), "\n";
echo Transformer::toXml(['list' => ['a', 'b'], 'map' => ['k' => ['deep' => []]]], true, false, 'root', 'row'), "\n";
// Traversable values are walked as (array) casts them (the package does the same).
echo Transformer::toXml(['ao' => new ArrayObject(['p' => 'q', 3 => 'r']), 'it' => new ArrayIterator(['s' => 't'])]), "\n";
echo Transformer::toXml([]), ' ', Transformer::toXml([], false), Transformer::toXml([], true, true);
?>
--EXPECT--
<xml><lt><![CDATA[a<b]]></lt><gt><![CDATA[a>b]]></gt><amp><![CDATA[a&b]]></amp><quot><![CDATA[say "hi"]]></quot><apos>it's</apos><cr>x&#13;y</cr><lf>x
y</lf><cdata_end><![CDATA[a]]>b<]]></cdata_end><empty></empty><zero>0</zero><utf8>中文</utf8><nul>cut</nul><nul_cdata><![CDATA[a<]]></nul_cdata></xml>
<xml><item>a</item><item>b</item><item>c</item><item>d</item><中文>e</中文><a:b>f</a:b><_u.v-w>g</_u.v-w><item>h</item><item>i</item></xml>
<root><list><row>a</row><row>b</row></list><map><k><deep/></k></map></root>
<xml><ao><p>q</p><item>r</item></ao><it><s>t</s></it></xml>
<xml/> <?xml version="1.0" encoding="UTF-8"?>
<xml/>
<xml/>
