--TEST--
TLS: 'verify' => a hashed CA directory (OpenSSL CApath layout, as /etc/ssl/certs) trusts the CAs in it, as Guzzle does (CURLOPT_CAPATH)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'socat', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/tls.inc';
$emu = wxp_emulator_start();
$tls = wxp_tls_front_start($emu);

// A CApath directory holding only the test CA, named by its subject hash.
$dir = $emu['state_dir'] . '/capath';
mkdir($dir);
$pem = file_get_contents($tls['ca']);
file_put_contents($dir . '/' . openssl_x509_parse($pem)['hash'] . '.0', $pem);

$client = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => $tls['base_uri'], 'verify' => $dir]));
try {
    var_dump($client->chain('v3/emulator/echo')->get()->getStatusCode());
} catch (WeChatPay\Exception\RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// the same directory layout with only the unrelated CA does not trust the server
$other = $emu['state_dir'] . '/capath-other';
mkdir($other);
$pem = file_get_contents($tls['other_ca']);
file_put_contents($other . '/' . openssl_x509_parse($pem)['hash'] . '.0', $pem);
try {
    $client->chain('v3/emulator/echo')->get(['verify' => $other]);
    echo "accepted\n";
} catch (WeChatPay\Exception\ConnectException $e) {
    echo get_class($e), ' ', $e->getCurlErrno(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(200)
WeChatPay\Exception\Own\ConnectException 60
int(1)
