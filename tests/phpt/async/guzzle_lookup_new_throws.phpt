--TEST--
Guzzle interop: an autoloader that throws while `new WeChatPay\Promise()` looks PromiseInterface up throws out of new
--EXTENSIONS--
wechatpay
--FILE--
<?php
spl_autoload_register(static function ($class) {
    throw new LogicException("no $class");
});
try {
    $p = new WeChatPay\Promise();
    echo "no throw\n";
} catch (LogicException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(isset($p), get_class(new WeChatPay\Promise()));
?>
--EXPECT--
no GuzzleHttp\Promise\PromiseInterface
bool(false)
string(17) "WeChatPay\Promise"
