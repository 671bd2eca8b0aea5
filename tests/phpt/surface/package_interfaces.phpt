--TEST--
Package surface: ClientDecoratorInterface and BuilderChainable declare the package's methods; BuilderNode implements them; getDriver() returns the client's one WeChatPay\ClientDecorator from every node
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
namespace {
require __DIR__ . '/../../inc/keys.inc';

function signature(ReflectionMethod $m): string
{
    $params = array_map(static fn (ReflectionParameter $p) => trim(($p->getType() ?? '') . ' $' . $p->getName()
        . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : '')), $m->getParameters());
    return $m->getName() . '(' . implode(', ', $params) . '): ' . $m->getReturnType();
}

// the package's src/ClientDecoratorInterface.php, method for method
$decorator = new ReflectionClass(WeChatPay\ClientDecoratorInterface::class);
var_dump($decorator->isInterface(), $decorator->isInternal());
foreach ($decorator->getMethods() as $m) {
    echo signature($m), "\n";
}

// the package's src/BuilderChainable.php: every one of its methods is declared, with its parameters
$chainable = new ReflectionClass(WeChatPay\BuilderChainable::class);
foreach (['getDriver', 'chain', 'get', 'put', 'post', 'patch', 'delete', 'getAsync', 'putAsync', 'postAsync', 'patchAsync', 'deleteAsync'] as $verb) {
    echo $chainable->hasMethod($verb) ? signature($chainable->getMethod($verb)) : "MISSING $verb", "\n";
}

// what the factory returns implements both ways of naming it
$root = WeChatPay\Builder::factory(wxp_test_config());
var_dump($root instanceof WeChatPay\BuilderChainable, $root->v3->pay instanceof WeChatPay\BuilderChainable);

// getDriver(): the root and every node, the client's one decorator
foreach ([$root, $root->v3->pay->transactions, $root['v2/pay/micropay']] as $node) {
    $driver = $node->getDriver();
    echo get_class($driver), ' ', $driver instanceof WeChatPay\ClientDecoratorInterface ? 'ClientDecoratorInterface' : '-', ' ',
        $driver === $root->getDriver() ? 'same' : 'other', "\n";
}
// as a property it is still a path step
echo $root->v3->getDriver->getPath(), "\n";
}

// A class written against the package's interfaces (its PSR-7 and Guzzle return types) still implements ours.
namespace App {
    use Psr\Http\Message\ResponseInterface;
    use GuzzleHttp\Promise\PromiseInterface;
    use WeChatPay\BuilderChainable;
    use WeChatPay\ClientDecoratorInterface;

    final class FakeChain implements BuilderChainable
    {
        public function getDriver(): ClientDecoratorInterface { throw new \LogicException(); }
        public function chain(string|int $segment): BuilderChainable { return $this; }
        public function offsetGet(mixed $key): BuilderChainable { return $this; }
        public function offsetExists(mixed $key): bool { return true; }
        public function offsetSet(mixed $key, mixed $value): void {}
        public function offsetUnset(mixed $key): void {}
        public function get(array $options = []): ResponseInterface { throw new \LogicException(); }
        public function put(array $options = []): ResponseInterface { throw new \LogicException(); }
        public function post(array $options = []): ResponseInterface { throw new \LogicException(); }
        public function patch(array $options = []): ResponseInterface { throw new \LogicException(); }
        public function delete(array $options = []): ResponseInterface { throw new \LogicException(); }
        public function getAsync(array $options = []): PromiseInterface { throw new \LogicException(); }
        public function putAsync(array $options = []): PromiseInterface { throw new \LogicException(); }
        public function postAsync(array $options = []): PromiseInterface { throw new \LogicException(); }
        public function patchAsync(array $options = []): PromiseInterface { throw new \LogicException(); }
        public function deleteAsync(array $options = []): PromiseInterface { throw new \LogicException(); }
    }

    var_dump((new FakeChain())->chain('v3') instanceof BuilderChainable);
}
?>
--EXPECT--
bool(true)
bool(true)
select(?string $protocol = NULL): GuzzleHttp\ClientInterface
request(string $method, string $uri, array $options = array (
)): Psr\Http\Message\ResponseInterface
requestAsync(string $method, string $uri, array $options = array (
)): GuzzleHttp\Promise\PromiseInterface
getDriver(): WeChatPay\ClientDecoratorInterface
chain(string|int $segment): WeChatPay\BuilderChainable
get(array $options = array (
)): mixed
put(array $options = array (
)): mixed
post(array $options = array (
)): mixed
patch(array $options = array (
)): mixed
delete(array $options = array (
)): mixed
getAsync(array $options = array (
)): mixed
putAsync(array $options = array (
)): mixed
postAsync(array $options = array (
)): mixed
patchAsync(array $options = array (
)): mixed
deleteAsync(array $options = array (
)): mixed
bool(true)
bool(true)
WeChatPay\ClientDecorator ClientDecoratorInterface same
WeChatPay\ClientDecorator ClientDecoratorInterface same
WeChatPay\ClientDecorator ClientDecoratorInterface same
v3/get-driver
bool(true)
