--TEST--
MediaUtil: the package's constructor, methods, parameters, defaults and return types
--EXTENSIONS--
wechatpay
--FILE--
<?php
$class = new ReflectionClass(WeChatPay\Util\MediaUtil::class);
var_dump($class->isFinal());
foreach ($class->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = $p->getType() . ' $' . $p->getName() . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    printf("%s(%s)%s\n", $method->getName(), implode(', ', $params), $method->hasReturnType() ? ': ' . $method->getReturnType() : '');
}
?>
--EXPECT--
bool(false)
__construct(string $filepath, ?Psr\Http\Message\StreamInterface $fileStream = NULL)
setMeta(?string $json = NULL): int
getMeta(): string
getStream(): Psr\Http\Message\StreamInterface
getContentType(): string
