--TEST--
PemUtil: the package's method names, parameters (sensitive ones marked) and return types
--EXTENSIONS--
wechatpay
--FILE--
<?php
foreach ((new ReflectionClass(WeChatPay\Util\PemUtil::class))->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = ($p->getAttributes('SensitiveParameter') ? '#[SensitiveParameter] ' : '') . $p->getType() . ' $' . $p->getName();
    }
    printf("%s%s(%s)%s\n", $method->isStatic() ? 'static ' : '', $method->getName(), implode(', ', $params),
        $method->hasReturnType() ? ': ' . $method->getReturnType() : '');
}
?>
--EXPECT--
static loadPrivateKey(#[SensitiveParameter] string $filepath)
static loadPrivateKeyFromString(#[SensitiveParameter] mixed $content)
static loadCertificate(string $filepath)
static loadCertificateFromString(mixed $content)
static parseCertificateSerialNo(mixed $certificate): string
