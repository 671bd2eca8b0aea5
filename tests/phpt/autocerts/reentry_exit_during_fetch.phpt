--TEST--
Automatic platform certificates, re-entry: the fetch's answer is the request's first response (a call with a sink verifies before it makes its response), so the app's autoloader runs inside the fetch; exit() there ends the script (shutdown functions run, nothing after the call, no sink write), with another transfer in flight cleaned up
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $emu['keys']['apiv3_key']]));
$sink = tempnam(sys_get_temp_dir(), 'wxpsink');
register_shutdown_function(static function () use ($sink) {
    echo "shutdown function: sink ", filesize($sink), " bytes\n";
    unlink($sink);
});
spl_autoload_register(static function (string $class) {
    if ($class === 'GuzzleHttp\Promise\PromiseInterface') {
        return;
    }
    echo "autoload $class: exit\n";
    exit(3);
});
$slow = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 2000]);
try {
    $api->v3->emulator->echo->get(['sink' => $sink]);
    echo "after the call: must not run\n";
} catch (Throwable $e) {
    echo "caught: must not run: ", get_class($e), "\n";
}
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface: exit
shutdown function: sink 0 bytes
