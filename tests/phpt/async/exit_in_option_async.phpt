--TEST--
Exit: exit() in the app's own code that an *Async() call runs while reading its options (a Stringable body's __toString(), a JsonSerializable in 'json') ends the script there, as it does for the sync call; it never becomes a rejection reason
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

register_shutdown_function(static function () { echo "shutdown function\n"; });
$body = new class {
    public function __toString(): string { echo "__toString(), exiting\n"; exit(0); }
};
$promise = $client->chain('v3/emulator/echo')->postAsync(['body' => $body]);
echo "after postAsync(): must not run\n";
var_dump($promise->getState());
try {
    $promise->wait();
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
__toString(), exiting
shutdown function
