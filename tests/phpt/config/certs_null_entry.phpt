--TEST--
Config: a null certs entry is "no certificate yet" (the package's certificate download tool starts from ['any' => null]): accepted, it verifies nothing, so an answer signed under any serial fails closed; a certs array given by reference is accepted as one by value on the chain
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();

$config = wxp_config($emu);
$config['certs'] = ['any' => null];
$client = WeChatPay\Builder::factory($config);
try {
    $client->chain('v3/emulator/echo')->get();
    echo "accepted\n";
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), ': ', str_replace([$emu['base_uri'], $emu['keys']['platform_serial']], ['{BASE}/', '{SERIAL}'],
        preg_replace('~ \(Request-ID: \S+\)~', '', $e->getMessage())), "\n";
}

$config = wxp_config($emu);
$certs = ['any' => null] + $config['certs'];
$config['certs'] = &$certs;
$client = WeChatPay\Builder::factory($config);
echo $client->chain('v3/emulator/echo')->get()->getStatusCode(), "\n";
?>
--EXPECT--
WeChatPay\Exception\Own\VerificationException: GET {BASE}/v3/emulator/echo answered 200 but the answer did not verify: Cannot found the serial(`{SERIAL}`)'s configuration, which's from the response(header:Wechatpay-Serial), your's .
200
