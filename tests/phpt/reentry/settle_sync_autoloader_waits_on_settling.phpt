--TEST--
Re-entry: during a sync call's first response, the autoloader waits on a promise whose transfer already finished (it is settled by the nested wait, and fails to make its response) and on the sync call's own nothing: no crash, the sync call returns its response
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu));
$early = $api->chain('v3/emulator/echo')->getAsync(['query' => ['n' => 'early']]);
$once = false;
spl_autoload_register(static function (string $class) use (&$once, $early) {
    if (!$once) {
        $once = true;
        echo "autoload $class\n";
        $early->wait(false);
        echo "early: ", $early->getState(), "\n";
    }
});
// The sync call drives the engine: the early transfer finishes meanwhile and waits to be settled.
$response = $api->chain('v3/emulator/slow/{ms}')->get(['ms' => 100]);
echo $response->getStatusCode(), "\n";
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface
early: rejected
200
