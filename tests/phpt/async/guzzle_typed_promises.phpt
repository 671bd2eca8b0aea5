--TEST--
Guzzle interop: with guzzlehttp/promises loadable, every promise of ours (async verbs, then(), otherwise(), all(), settle(), new Promise()) is a GuzzleHttp\Promise\PromiseInterface, accepted by code typed with it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php'; // an autoloader: the interface is not loaded yet
use GuzzleHttp\Promise\PromiseInterface;
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

function fetch(WeChatPay\BuilderChainable $client): PromiseInterface
{
    return $client->chain('v3/emulator/echo')->getAsync();
}
function status(PromiseInterface $promise): PromiseInterface
{
    return $promise->then(static fn($response) => $response->getStatusCode());
}

var_dump(interface_exists(PromiseInterface::class, false));
$promise = fetch($client);
var_dump(interface_exists(PromiseInterface::class, false), get_class($promise));
var_dump($promise instanceof WeChatPay\Promise, $promise instanceof PromiseInterface);
var_dump(status($promise)->wait());

$deferred = new WeChatPay\Promise();
foreach ([$deferred, $deferred->then(), $deferred->otherwise(static fn() => 0), WeChatPay\Promise::all([$deferred]),
          WeChatPay\Promise::settle([$deferred])] as $p) {
    echo get_class($p), ' ', var_export($p instanceof PromiseInterface, true), "\n";
}
var_dump($deferred::PENDING, WeChatPay\Promise::FULFILLED, $deferred->getState() === PromiseInterface::PENDING);
$deferred->resolve(null); // settles the aggregates, which hold it (a cycle left at the end is a leak to valgrind)
$deferred->wait();

// Still final to the app; its one subclass is the extension's.
$class = new ReflectionClass(WeChatPay\Promise::class);
var_dump($class->isFinal(), (new ReflectionClass($promise))->isFinal(), get_parent_class($promise));
?>
--EXPECT--
bool(false)
bool(true)
string(31) "WeChatPay\Promise\GuzzlePromise"
bool(true)
bool(true)
int(200)
WeChatPay\Promise\GuzzlePromise true
WeChatPay\Promise\GuzzlePromise true
WeChatPay\Promise\GuzzlePromise true
WeChatPay\Promise\GuzzlePromise true
WeChatPay\Promise\GuzzlePromise true
string(7) "pending"
string(9) "fulfilled"
bool(true)
bool(true)
bool(true)
string(17) "WeChatPay\Promise"
