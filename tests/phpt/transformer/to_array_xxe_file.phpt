--TEST--
Transformer::toArray(): an external entity naming a local file is never read or expanded (XXE), nor an external DTD
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

$secret = tempnam(sys_get_temp_dir(), 'wxpxxe');
file_put_contents($secret, 'TOP-SECRET-CONTENT');
$dtd = tempnam(sys_get_temp_dir(), 'wxpdtd');
file_put_contents($dtd, '<!ENTITY leak SYSTEM "file://' . $secret . '">');
$uri = 'file://' . $secret;

$samples = [
    'SYSTEM entity in content' => "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"$uri\">]><xml><a>&xxe;</a><b>x&xxe;y</b></xml>",
    'bare path' => "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"$secret\">]><xml><a>&xxe;</a></xml>",
    'PUBLIC entity' => "<!DOCTYPE xml [<!ENTITY xxe PUBLIC \"-//x//y\" \"$uri\">]><xml><a>&xxe;</a></xml>",
    'parameter entity' => "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"file://$dtd\"> %p;]><xml><a>&leak;</a></xml>",
    'external DTD' => "<!DOCTYPE xml SYSTEM \"file://$dtd\"><xml><a>&leak;</a></xml>",
    'entity in an attribute' => "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"$uri\">]><xml><a v=\"&xxe;\">1</a></xml>",
];
foreach ($samples as $name => $xml) {
    $array = Transformer::toArray($xml);
    $dump = json_encode($array);
    printf("%s: %s%s\n", $name, $dump, str_contains(var_export($array, true), 'TOP-SECRET') ? ' LEAKED' : '');
}
// An internal entity is expanded, as libxml does without LIBXML_NOENT (nothing is loaded for it).
echo json_encode(Transformer::toArray('<!DOCTYPE xml [<!ENTITY i "inner">]><xml><a>&i;</a></xml>')), "\n";
unlink($secret);
unlink($dtd);
?>
--EXPECT--
SYSTEM entity in content: {"a":"","b":"xy"}
bare path: {"a":""}
PUBLIC entity: {"a":""}
parameter entity: []
external DTD: {"a":""}
entity in an attribute: []
{"a":"inner"}
