--TEST--
Re-entry: an autoloader run while the first response is made resolves the promise being settled with its own value and rejects another pending one; the settle under way then changes neither
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu));
$first = $api->chain('v3/emulator/echo')->getAsync();
$second = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 300]);
$done = false;
spl_autoload_register(static function (string $class) use (&$done, $first, $second) {
    if (!$done) {
        $done = true;
        echo "autoload $class\n";
        $first->resolve('resolved by the autoloader');
        $second->reject(new RuntimeException('rejected by the autoloader'));
    }
});
var_dump($first->wait());
try {
    $second->wait();
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo $api->chain('v3/emulator/echo')->get()->getStatusCode(), "\n";
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface
string(26) "resolved by the autoloader"
RuntimeException: rejected by the autoloader
200
