--TEST--
Guzzle interop: our then() adopts an already-settled Guzzle promise a callback returns (Create::promiseFor($value) gives a FulfilledPromise, Create::rejectionFor() a RejectedPromise), as Guzzle's own then() does
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
use GuzzleHttp\Promise\Create;

// What Guzzle itself does with the same callbacks: the reference behaviour.
$g = new GuzzleHttp\Promise\Promise();
$gq = $g->then(static fn($v) => Create::promiseFor($v * 2));
$g->resolve(21);
var_dump($gq->wait());

$p = new WeChatPay\Promise();
$q = $p->then(static fn($v) => Create::promiseFor($v * 2));
$p->resolve(21);
try {
    var_dump($q->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$p = new WeChatPay\Promise();
$q = $p->then(static fn() => Create::rejectionFor(new UnderflowException('settled guzzle rejection')));
$p->resolve(null);
try {
    $q->wait();
    echo "no throw\n";
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$r = new WeChatPay\Promise();
$r->resolve(new GuzzleHttp\Promise\FulfilledPromise('given to resolve()'));
try {
    var_dump($r->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
int(42)
int(42)
UnderflowException: settled guzzle rejection
string(18) "given to resolve()"
