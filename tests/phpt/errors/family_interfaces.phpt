--TEST--
Errors: every class of the exception family implements WeChatPay\Exception\WeChatPayException, with the documented hierarchy
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
$ns = 'WeChatPay\\Exception\\';
foreach (['InvalidArgumentException', 'RequestException', 'BadResponseException', 'ClientException', 'ServerException',
          'VerificationException', 'ConnectException'] as $short) {
    $class = new ReflectionClass($ns . $short);
    printf("%-24s family=%s throwable=%s parent=%s\n", $short,
        var_export($class->implementsInterface($ns . 'WeChatPayException'), true),
        var_export($class->implementsInterface(Throwable::class), true),
        $class->getParentClass()->getName());
}
var_dump(interface_exists($ns . 'WeChatPayException'));
// every exception class the extension declares is in the family
$strays = [];
foreach ((new ReflectionExtension('wechatpay'))->getClassNames() as $name) {
    $c = new ReflectionClass($name);
    if ($c->implementsInterface(Throwable::class) && !$c->implementsInterface($ns . 'WeChatPayException')) {
        $strays[] = $name;
    }
}
var_dump($strays);
?>
--EXPECT--
InvalidArgumentException family=true throwable=true parent=InvalidArgumentException
RequestException         family=true throwable=true parent=RuntimeException
BadResponseException     family=true throwable=true parent=WeChatPay\Exception\RequestException
ClientException          family=true throwable=true parent=WeChatPay\Exception\BadResponseException
ServerException          family=true throwable=true parent=WeChatPay\Exception\BadResponseException
VerificationException    family=true throwable=true parent=WeChatPay\Exception\RequestException
ConnectException         family=true throwable=true parent=WeChatPay\Exception\RequestException
bool(true)
array(0) {
}
