--TEST--
Without guzzlehttp/promises, promises are WeChatPay\Promise itself, final; an incompatible GuzzleHttp\Promise\PromiseInterface leaves them so too, without a fatal error
--EXTENSIONS--
wechatpay
--FILE--
<?php
$autoloads = 0;
spl_autoload_register(static function ($class) use (&$autoloads) {
    if ($class === 'GuzzleHttp\Promise\PromiseInterface') {
        $autoloads++;
    }
});
$p = new WeChatPay\Promise();
$q = $p->then();
$r = WeChatPay\Promise::all([$p]);
var_dump(get_class($p), get_class($q), get_class($r), $autoloads); // looked up once per request
$p->resolve(null); // settles $r, which holds $p (a cycle left at the end is a leak to valgrind)
$r->wait();

// Declared later in the request: promises made from then on are typed, if the interface fits ours. This one
// does not (a method we lack): untyped, no fatal error.
eval('namespace GuzzleHttp\Promise; interface PromiseInterface { public function then(); public function progress(); }');
var_dump(get_class(new WeChatPay\Promise()), $autoloads);

var_dump((new ReflectionClass(WeChatPay\Promise::class))->isFinal());
?>
--EXPECT--
string(17) "WeChatPay\Promise"
string(17) "WeChatPay\Promise"
string(17) "WeChatPay\Promise"
int(1)
string(17) "WeChatPay\Promise"
int(1)
bool(true)
