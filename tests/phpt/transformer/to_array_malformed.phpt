--TEST--
Transformer::toArray(): XML that does not parse gives [], silently; libxml's last error is left for error_get_last()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!extension_loaded('simplexml')) die('skip ext/simplexml not loaded: toArray() parses with it'); ?>
--FILE--
<?php
use WeChatPay\Transformer;

$samples = [
    'mismatched tag' => "<?xml version=\"1.0\" standalone=\"yes\"?>\n<movies>\n <movie>\n  <titles>PHP: Behind the Parser</title>\n </movie>\n</movies>\n",
    'not XML' => 'bad',
    'unclosed' => '<xml><a>1</a>',
    'two roots' => '<a/><b/>',
    'undeclared entity' => '<xml><a>&nope;</a></xml>',
    'empty' => '',
    'not UTF-8' => "<xml><a>\xff</a></xml>",
];
foreach ($samples as $name => $xml) {
    error_clear_last();
    $array = Transformer::toArray($xml);
    $last = error_get_last();
    printf("%s: %s, %s\n", $name, json_encode($array),
        $last === null ? 'no error' : ($last['type'] === E_USER_NOTICE ? 'E_USER_NOTICE ' : 'type ' . $last['type'] . ' ') . json_encode($last['message']));
}
// The app's own libxml setting is left as it was (the package leaves it on), and no error is kept for it.
var_dump(libxml_use_internal_errors(), libxml_get_errors());
libxml_use_internal_errors(true);
Transformer::toArray('<a><b></a>');
var_dump(libxml_use_internal_errors(), count(libxml_get_errors()));
?>
--EXPECT--
mismatched tag: [], E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=76,message=Opening and ending tag mismatch: titles line 4 and title\n)."
not XML: [], E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=4,message=Start tag expected, '<' not found\n)."
unclosed: [], E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=77,message=Premature end of data in tag xml line 1\n)."
two roots: [], E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=5,message=Extra content at the end of the document\n)."
undeclared entity: [], E_USER_NOTICE "Parsing the $xml failed with the last error(level=3,code=26,message=Entity 'nope' not defined\n)."
empty: [], no error
not UTF-8: [], no error
bool(false)
array(0) {
}
bool(true)
int(0)
