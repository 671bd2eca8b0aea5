--TEST--
Key cache: the package README's way (Rsa::from() file:// keys as objects, handed to the factory) parses each key once per process: later "requests" parse nothing, the factory reads the objects' own keys and the emulator accepts the calls; a rewritten key file gives the new key
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/keycache.inc';
use WeChatPay\Crypto\Rsa;

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$parses = static fn(): int => WeChatPay\Pool::stats()['key_parses'];

// what a web request of the package's README does, three times
for ($request = 1; $request <= 3; $request++) {
    $before = $parses();
    $merchantKey = Rsa::from('file://' . $keys['merchant_private_key'], Rsa::KEY_TYPE_PRIVATE);
    $platformCert = Rsa::from('file://' . $keys['platform_cert'], Rsa::KEY_TYPE_PUBLIC);
    $afterFrom = $parses();
    $status = wxp_keycache_call(wxp_config($emu, ['privateKey' => $merchantKey, 'certs' => [$keys['platform_serial'] => $platformCert]]));
    printf("request %d: Rsa::from parsed %d, factory parsed %d, call %s\n", $request, $afterFrom - $before,
        $parses() - $afterFrom, $status);
}

// keys PHP made itself (openssl_pkey_get_*) are read directly too: nothing to parse
$before = $parses();
$status = wxp_keycache_call(wxp_config($emu, [
    'privateKey' => openssl_pkey_get_private(file_get_contents($keys['merchant_private_key'])),
    'certs' => [$keys['platform_serial'] => openssl_pkey_get_public(file_get_contents($keys['platform_cert']))],
]));
printf("openssl_pkey_get_* objects: factory parsed %d, call %s\n", $parses() - $before, $status);
// a public key object is still no privateKey, and a private one still serves as a platform key (its public half)
try {
    WeChatPay\Builder::factory(wxp_config($emu, ['privateKey' => $platformCert]));
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
$status = wxp_keycache_call(wxp_config($emu, ['privateKey' => $merchantKey,
    'certs' => [$keys['platform_serial'] => Rsa::from('file://' . $keys['platform_private_key'])]]));
echo "private key object as platform key: $status\n";

// content-keyed: the same path rewritten with another key gives that key (which the emulator refuses)
$dir = wxp_keycache_generated(1);
$file = "$dir/apiclient_key.pem";
$modulus = static fn($key) => substr(md5(openssl_pkey_get_details($key)['rsa']['n']), 0, 8);
$right = Rsa::from('file://' . $keys['merchant_private_key']);
foreach (['right' => $keys['merchant_private_key'], 'wrong' => "$dir/key-0.pem", 'right again' => $keys['merchant_private_key']] as $name => $source) {
    wxp_keycache_replace($file, file_get_contents($source));
    $before = $parses();
    $key = Rsa::from("file://$file");
    $parsed = $parses() - $before;
    $status = wxp_keycache_call(wxp_config($emu, ['privateKey' => $key]));
    printf("%s: parsed %d, merchant key %s, call %s\n", $name, $parsed, var_export($modulus($key) === $modulus($right), true), $status);
}
?>
--EXPECT--
request 1: Rsa::from parsed 2, factory parsed 0, call 200
request 2: Rsa::from parsed 0, factory parsed 0, call 200
request 3: Rsa::from parsed 0, factory parsed 0, call 200
openssl_pkey_get_* objects: factory parsed 0, call 200
Config 'privateKey' holds an OpenSSL key object that cannot be exported as a private key
private key object as platform key: 200
right: parsed 0, merchant key true, call 200
wrong: parsed 1, merchant key false, call WeChatPay\Exception\Own\ClientException 401 SIGN_ERROR
right again: parsed 0, merchant key true, call 200
