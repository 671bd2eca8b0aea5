--TEST--
GC: a promise whose callback closes over the promise itself ($p->then(function () use (&$p) {...})) is collected by gc_collect_cycles() once unreachable while pending; once settled and its callback has run (new Promise() or HTTP), nothing of it stays alive
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

final class Sentinel
{
    public function __construct(private string $name) {}
    public function __destruct() { echo "freed: {$this->name}\n"; }
}

function check(string $what, WeakReference $ref): void
{
    $before = $ref->get() !== null;
    $collected = gc_collect_cycles();
    printf("%s: alive before gc %s, collected something %s, alive after gc %s\n", $what,
        var_export($before, true), var_export($collected > 0, true), var_export($ref->get() !== null, true));
}

// 1. Pending new Promise().
$p = new WeChatPay\Promise();
$sentinel = new Sentinel('pending');
$p->then(static function () use (&$p, $sentinel) { return $p; });
$ref = WeakReference::create($p);
unset($p, $sentinel);
check('pending', $ref);

// 2. Settled and waited on: its callback ran; what is left is collectable (or already freed).
$p = new WeChatPay\Promise();
$sentinel = new Sentinel('settled');
$q = $p->then(static function () use (&$p, $sentinel) { return 'ran'; });
$p->resolve('v');
var_dump($q->wait());
$ref = WeakReference::create($p);
unset($p, $q, $sentinel);
gc_collect_cycles();
var_dump($ref->get());

// 3. An HTTP promise whose callback closes over it, and over then()'s promise: gone once settled and unset.
$p = $client->chain('v3/emulator/echo')->getAsync();
$sentinel = new Sentinel('http');
$q = $p->then(static function ($r) use (&$p, &$q, $sentinel) { return $r->getStatusCode(); });
var_dump($q->wait());
$refs = [WeakReference::create($p), WeakReference::create($q)];
unset($p, $q, $sentinel);
gc_collect_cycles();
var_dump($refs[0]->get(), $refs[1]->get());
echo "end\n";
?>
--EXPECT--
freed: pending
pending: alive before gc true, collected something true, alive after gc false
string(3) "ran"
freed: settled
NULL
int(200)
freed: http
NULL
NULL
end
