--TEST--
var_dump, print_r, var_export and exception traces of a client never show its keys or config
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$config = wxp_test_config();
$config['privateKey'] = file_get_contents(substr($config['privateKey'], strlen('file://')));
$i = WeChatPay\Builder::factory($config);
$secretLine = explode("\n", $config['privateKey'])[1];

ob_start();
var_dump($i, $i->v3->pay);
print_r($i);
var_export($i->v3);
$dump = ob_get_clean();
echo $dump, "\n";
var_dump(str_contains($dump, $secretLine));

// The config is a #[\SensitiveParameter]: a trace through factory() does not show it.
$config['certs'] = [];
try {
    WeChatPay\Builder::factory($config);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    var_dump(str_contains($e->getTraceAsString(), $secretLine), str_contains(print_r($e->getTrace(), true), $secretLine));
}
?>
--EXPECTF--
object(WeChatPay\BuilderNode)#%d (1) {
  ["path"]=>
  string(0) ""
}
object(WeChatPay\BuilderNode)#%d (1) {
  ["path"]=>
  string(6) "v3/pay"
}
WeChatPay\BuilderNode Object
(
    [path] => 
)
\WeChatPay\BuilderNode::__set_state(array(
))
bool(false)
bool(false)
bool(false)
