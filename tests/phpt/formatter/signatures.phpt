--TEST--
Formatter: the package's method names, parameters, defaults and return types; a class apps can extend
--EXTENSIONS--
wechatpay
--FILE--
<?php
$class = new ReflectionClass(WeChatPay\Formatter::class);
var_dump($class->isFinal(), $class->isInstantiable());
foreach ($class->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = ($p->getType() ? $p->getType() . ' ' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName()
            . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    printf("%s%s(%s): %s\n", $method->isStatic() ? 'static ' : '', $method->getName(), implode(', ', $params), $method->getReturnType());
}
?>
--EXPECT--
bool(false)
bool(true)
static nonce(int $size = 32): string
static timestamp(): int
static authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string
static request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string
static response(string $timestamp, string $nonce, string $body = ''): string
static joinedByLineFeed(mixed ...$pieces): string
static ksort(array $thing = array (
)): array
static queryStringLike(array $thing = array (
)): string
