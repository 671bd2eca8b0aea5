--TEST--
Exit: exit() inside jsonSerialize() of a 'json' option value that an *Async() call encodes ends the script there; it never becomes a rejection reason
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
$json = new class implements JsonSerializable {
    public function jsonSerialize(): mixed { echo "jsonSerialize(), exiting\n"; exit(0); }
};
$promise = $client['v3/emulator/echo']->patchAsync(['json' => ['value' => $json]]);
echo "after patchAsync(): must not run\n";
var_dump($promise->getState());
?>
--EXPECT--
jsonSerialize(), exiting
shutdown function
