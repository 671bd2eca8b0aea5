--TEST--
Guzzle interop: Guzzle's compositions handle a rejection of ours as they handle their own (Utils::settle() reports it, otherwise() recovers from it, Each::of() hands it to onRejected) instead of throwing it from wait()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
use GuzzleHttp\Promise\{Create, Each, Utils};
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$run = static function (string $what, callable $f): void {
    try {
        $result = $f();
    } catch (Throwable $e) {
        $result = 'threw ' . get_class($e);
    }
    echo "$what: $result\n";
};
// The reference: Guzzle's own rejected promise.
$run('guzzle settle', static function () {
    $g = new GuzzleHttp\Promise\Promise();
    $s = Utils::settle(['g' => $g]);
    $g->reject(new RuntimeException('guzzle rejected'));
    return $s->wait()['g']['state'];
});
$run('settle', static function () use ($client) {
    $s = Utils::settle([
        'error' => $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404]),
        'ok' => $client->chain('v3/emulator/echo')->getAsync(),
    ])->wait();
    return $s['error']['state'] . ' ' . get_class($s['error']['reason']) . ', ' . $s['ok']['state'];
});
$run('otherwise', static function () use ($client) {
    return Create::promiseFor($client->chain('v3/emulator/error/{status}')->getAsync(['status' => 500]))
        ->otherwise(static fn(Throwable $e) => 'recovered from ' . $e->getStatusCode())
        ->wait();
});
$run('each', static function () use ($client) {
    $rejected = [];
    Each::of(['x' => $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 429]),
        'y' => $client->chain('v3/emulator/echo')->getAsync()],
        null, static function ($reason, $key) use (&$rejected) { $rejected[] = "$key " . $reason->getStatusCode(); })->wait();
    return implode(', ', $rejected);
});
$run('deferred settle', static function () {
    $p = new WeChatPay\Promise();
    $s = Utils::settle(['p' => $p]);
    $p->reject(new RuntimeException('ours rejected'));
    return $s->wait()['p']['state'];
});
gc_collect_cycles(); // Guzzle's compositions hold closures over themselves until collected
?>
--EXPECT--
guzzle settle: rejected
settle: rejected WeChatPay\Exception\Own\ClientException, fulfilled
otherwise: recovered from 500
each: x 429
deferred settle: rejected
