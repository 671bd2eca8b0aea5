--TEST--
Guzzle interop: our promise adopting a Guzzle promise that has no wait function settles once one of our callbacks resolves the Guzzle promise
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

$later = new GuzzleHttp\Promise\Promise();
$ours = new WeChatPay\Promise();
$ours->resolve($later);
$client->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 100])->then(static function () use ($later) {
    $later->resolve('resolved by a callback');
});
var_dump($ours->getState());
try {
    var_dump($ours->wait());
} catch (Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(7) "pending"
string(22) "resolved by a callback"
