--TEST--
Key cache: a certs file rewritten on disk with another certificate is parsed again by the next factory (responses no longer verify), and again when restored
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
$right = file_get_contents($emu['keys']['platform_cert']);
$wrong = file_get_contents("$dir/cert-0.pem");
$file = "$dir/platform_cert.pem";
$config = wxp_config($emu, ['certs' => [$emu['keys']['platform_serial'] => "file://$file"]]);

foreach (['right' => $right, 'wrong' => $wrong, 'right again' => $right, 'wrong again' => $wrong] as $name => $pem) {
    wxp_keycache_replace($file, $pem);
    echo "$name: ", wxp_keycache_call($config), "\n";
    echo "$name, second factory: ", wxp_keycache_call($config), "\n";
}
// the same bytes as PEM text share the file's parse, and a public key of the right key verifies too
echo "as PEM text: ", wxp_keycache_call(wxp_config($emu, ['certs' => [$emu['keys']['platform_serial'] => $right]])), "\n";
echo "public key file: ", wxp_keycache_call(wxp_config($emu,
    ['certs' => [$emu['keys']['platform_serial'] => 'file://' . $emu['keys']['platform_public_key']]])), "\n";
?>
--EXPECT--
right: 200
right, second factory: 200
wrong: WeChatPay\Exception\Own\VerificationException 200
wrong, second factory: WeChatPay\Exception\Own\VerificationException 200
right again: 200
right again, second factory: 200
wrong again: WeChatPay\Exception\Own\VerificationException 200
wrong again, second factory: WeChatPay\Exception\Own\VerificationException 200
as PEM text: 200
public key file: 200
