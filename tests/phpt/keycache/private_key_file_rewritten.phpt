--TEST--
Key cache: a privateKey file rewritten on disk with another key is read and parsed again by the next factory (refused by the server), and again when restored
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/keycache.inc';

$emu = wxp_emulator_start();
$dir = wxp_keycache_generated(1);
$right = file_get_contents($emu['keys']['merchant_private_key']);
$wrong = file_get_contents("$dir/key-0.pem");
$file = "$dir/apiclient_key.pem";
$config = wxp_config($emu, ['privateKey' => "file://$file"]);

foreach (['right' => $right, 'wrong' => $wrong, 'right again' => $right, 'wrong again' => $wrong] as $name => $pem) {
    wxp_keycache_replace($file, $pem);
    echo "$name: ", wxp_keycache_call($config), "\n";
    echo "$name, second factory: ", wxp_keycache_call($config), "\n";
}
// the same content written in place (no rename, same size) is still seen
file_put_contents($file, $right);
echo "rewritten in place: ", wxp_keycache_call($config), "\n";
?>
--EXPECT--
right: 200
right, second factory: 200
wrong: WeChatPay\Exception\Own\ClientException 401 SIGN_ERROR
wrong, second factory: WeChatPay\Exception\Own\ClientException 401 SIGN_ERROR
right again: 200
right again, second factory: 200
wrong again: WeChatPay\Exception\Own\ClientException 401 SIGN_ERROR
wrong again, second factory: WeChatPay\Exception\Own\ClientException 401 SIGN_ERROR
rewritten in place: 200
