--TEST--
Guzzle interop: a Guzzle promise whose then() callback returns ours resolves to our value (the response), or is rejected with our reason; Utils::all/settle/unwrap/some/any/inspect, Each and Create::promiseFor take ours
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
use GuzzleHttp\Promise\{Create, Each, Promise, Utils};
$emu = wxp_emulator_start(['workers' => 6]);
$client = WeChatPay\Builder::factory(wxp_config($emu));
$slow = $client->chain('v3/emulator/slow/{ms}');

// Guzzle's then() returning ours: waiting Guzzle's promise waits ours.
$guzzle = Create::promiseFor('go')->then(static fn() => $slow->getAsync(['ms' => 50]));
$response = $guzzle->wait();
echo get_class($response), ' ', $response->getStatusCode(), ' ', $response->getBody(), "\n";
$chained = (new Promise(static function () use (&$started) { $started->resolve(1); }));
$started = $chained;
echo $chained->then(static fn() => $slow->getAsync(['ms' => 20]))->then(static fn($r) => 'then got ' . $r->getBody())
    ->wait(), "\n";
try {
    Create::promiseFor(1)->then(static fn() => $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 404]))
        ->wait();
    echo "no throw\n";
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), ' ', $e->getStatusCode(), "\n";
}
$p = new WeChatPay\Promise();
$rejected = Create::promiseFor(1)->then(static fn() => $p);
$p->reject(new DomainException('ours rejected'));
try {
    $rejected->wait();
} catch (DomainException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// Create::promiseFor() returns ours as it is.
$ours = $slow->getAsync(['ms' => 10]);
var_dump(Create::promiseFor($ours) === $ours, Create::rejectionFor($ours) === $ours);

// Utils over ours.
$all = Utils::all(['a' => $slow->getAsync(['ms' => 60]), 'b' => $slow->getAsync(['ms' => 10])])->wait();
echo implode(' ', array_map(static fn($r) => (string) $r->getBody(), $all)), "\n";
$settled = Utils::settle([$slow->getAsync(['ms' => 10]),
    $client->chain('v3/emulator/error/{status}')->getAsync(['status' => 500])])->wait();
echo $settled[0]['state'], ' ', $settled[1]['state'], ' ', get_class($settled[1]['reason']), "\n";
echo implode(' ', array_map(static fn($r) => $r->getStatusCode(), Utils::unwrap([$ours, $slow->getAsync(['ms' => 5])]))), "\n";
var_dump(count(Utils::some(1, [$slow->getAsync(['ms' => 5]), $slow->getAsync(['ms' => 10])])->wait()));
var_dump(Utils::any([$slow->getAsync(['ms' => 5])])->wait()->getStatusCode());
var_dump(Utils::inspect($ours)['state']);

// Each over ours.
$seen = [];
Each::ofLimit((static function () use ($slow) {
    foreach ([30, 10, 20] as $ms) {
        yield $ms => $slow->getAsync(['ms' => $ms]);
    }
})(), 2, static function ($response, $key) use (&$seen) { $seen[$key] = (string) $response->getBody(); })->wait();
ksort($seen);
echo json_encode($seen), "\n";
?>
--EXPECT--
WeChatPay\Http\Response 200 {"slept":50}
then got {"slept":20}
WeChatPay\Exception\Own\ClientException 404
DomainException: ours rejected
bool(true)
bool(true)
{"slept":60} {"slept":10}
fulfilled rejected WeChatPay\Exception\Own\ServerException
200 200
int(1)
int(200)
string(9) "fulfilled"
{"10":"{\"slept\":10}","20":"{\"slept\":20}","30":"{\"slept\":30}"}
