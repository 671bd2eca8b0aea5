--TEST--
Transformer: the package's public method names, parameters, defaults and return types
--EXTENSIONS--
wechatpay
--FILE--
<?php
foreach ((new ReflectionClass(WeChatPay\Transformer::class))->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = $p->getType() . ' $' . $p->getName() . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    printf("%s%s(%s): %s\n", $method->isStatic() ? 'static ' : '', $method->getName(), implode(', ', $params), $method->getReturnType());
}
?>
--EXPECT--
static toArray(string $xml = '<xml/>'): array
static sanitize(string $xml): string
static toXml(array $data, bool $headless = true, bool $indent = false, string $root = 'xml', string $item = 'item'): string
