--TEST--
Errors: the documented names are WeChatPay\Exception\WeChatPayException's family: InvalidArgumentException a class, the failures of a call interfaces, implemented without Guzzle by the WeChatPay\Exception\Own classes (each a \RuntimeException)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
function wxp_sorted(array $a): array { sort($a); return $a; }
$ns = 'WeChatPay\\Exception\\';
foreach (['InvalidArgumentException', 'RequestException', 'BadResponseException', 'ClientException', 'ServerException',
          'VerificationException', 'ConnectException', 'RejectionException', 'CancellationException'] as $short) {
    $class = new ReflectionClass($ns . $short);
    printf("%-24s family=%s %s extends=%s\n", $short,
        var_export($class->implementsInterface($ns . 'WeChatPayException'), true),
        $class->isInterface() ? 'interface' : 'class',
        $class->isInterface() ? implode(',', wxp_sorted(array_map(fn($n) => str_replace($ns, '', $n), $class->getInterfaceNames())))
                              : $class->getParentClass()->getName());
}
foreach (['RequestException', 'BadResponseException', 'ClientException', 'ServerException', 'VerificationException',
          'ConnectException', 'RejectionException', 'CancellationException'] as $short) {
    $own = new ReflectionClass($ns . 'Own\\' . $short);
    printf("Own\\%-22s %s runtime=%s parent=%s\n", $short,
        var_export($own->implementsInterface($ns . $short), true),
        var_export($own->isSubclassOf(RuntimeException::class), true),
        $own->getParentClass()->getName());
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
InvalidArgumentException family=true class extends=InvalidArgumentException
RequestException         family=true interface extends=WeChatPayException
BadResponseException     family=true interface extends=RequestException,WeChatPayException
ClientException          family=true interface extends=BadResponseException,RequestException,WeChatPayException
ServerException          family=true interface extends=BadResponseException,RequestException,WeChatPayException
VerificationException    family=true interface extends=RequestException,WeChatPayException
ConnectException         family=true interface extends=RequestException,WeChatPayException
RejectionException       family=true interface extends=WeChatPayException
CancellationException    family=true interface extends=RejectionException,WeChatPayException
Own\RequestException       true runtime=true parent=RuntimeException
Own\BadResponseException   true runtime=true parent=WeChatPay\Exception\Own\RequestException
Own\ClientException        true runtime=true parent=WeChatPay\Exception\Own\BadResponseException
Own\ServerException        true runtime=true parent=WeChatPay\Exception\Own\BadResponseException
Own\VerificationException  true runtime=true parent=WeChatPay\Exception\Own\RequestException
Own\ConnectException       true runtime=true parent=WeChatPay\Exception\Own\RequestException
Own\RejectionException     true runtime=true parent=RuntimeException
Own\CancellationException  true runtime=true parent=WeChatPay\Exception\Own\RejectionException
bool(true)
array(0) {
}
