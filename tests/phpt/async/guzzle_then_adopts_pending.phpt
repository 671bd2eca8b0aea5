--TEST--
Guzzle interop: our then() adopts a pending Guzzle promise a callback returns (waited through its wait function), fulfilled or rejected
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Promise/autoload.php')) die('skip php-guzzlehttp-promises not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Promise/autoload.php';
$emu = wxp_emulator_start(['workers' => 4]);
$client = WeChatPay\Builder::factory(wxp_config($emu));

$guzzle = new GuzzleHttp\Promise\Promise(static function () use (&$guzzle) { $guzzle->resolve('from guzzle'); });
$result = $client->chain('v3/emulator/echo')->getAsync()
    ->then(static fn($response) => $guzzle)
    ->then(static fn($value) => "ours got: $value");
var_dump($result->wait());

// A rejected Guzzle promise's reason comes through.
$failing = new GuzzleHttp\Promise\Promise(static function () use (&$failing) {
    $failing->reject(new OutOfRangeException('guzzle rejected'));
});
$p = new WeChatPay\Promise();
$q = $p->then(static fn() => $failing);
$p->resolve(null);
try {
    $q->wait();
    echo "no throw\n";
} catch (OutOfRangeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(21) "ours got: from guzzle"
OutOfRangeException: guzzle rejected
