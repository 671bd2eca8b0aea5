--TEST--
bin/wechatpay-emulator: --json prints a working Builder::factory() config (fresh keys in a 0700 directory); SIGTERM stops it with exit 0, its server gone and the directory removed
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/emulator_product.inc';

$emu = wxp_product_start();
$c = $emu['config'];
echo implode(',', array_keys($c)), "\n";
printf("dir mode %o\n", fileperms($emu['dir']) & 0777);
echo 'private key in it: ', var_export(str_starts_with($c['privateKey'], "file://{$emu['dir']}/"), true), "\n";
echo 'apiv3Key length ', strlen($c['apiv3Key']), ', secret length ', strlen($c['secret']), "\n";
echo 'certs: ', count($c['certs']), ' (', implode(', ', array_map(fn ($s) => str_starts_with($s, 'PUB_KEY_ID_') ? 'public key' : 'platform certificate', array_keys($c['certs']))), ")\n";

// The config as printed is the client's: a signed call the emulator checks, an answer the client verifies.
$api = WeChatPay\Builder::factory($c);
$r = $api['v3/emulator/echo']->get();
echo $r->getStatusCode(), ' ', json_decode((string) $r->getBody(), true)['method'], "\n";
// ... in public-key mode too, and /v3/certificates decrypts with the printed apiv3Key
$r = $api['v3/emulator/echo']->get(['headers' => ['Wechatpay-Serial' => 'PUB_KEY_ID_0114232134912410000000000000']]);
echo $r->getStatusCode(), ' ', $r->getHeaderLine('Wechatpay-Serial'), "\n";
$out = "{$emu['dir']}-certs";
mkdir($out, 0700);
$written = WeChatPay\Certificates::download($api, $out);
echo 'downloaded: ', var_export(array_keys($written) === [array_key_first($c['certs'])], true), "\n";
array_map('unlink', glob("$out/*"));
rmdir($out);
// unknown endpoints answer WeChat's 404 shape
try {
    $api['v3/no/such/thing']->get();
} catch (WeChatPay\Exception\WeChatPayException $e) {
    echo $e->getCode(), ' ', json_decode((string) $e->getResponse()->getBody(), true)['code'], "\n";
}

echo 'exit ', wxp_product_stop($emu), "\n";
echo 'listening: ', var_export(wxp_product_listening($emu['port']), true), "\n";
echo 'dir left: ', var_export(file_exists($emu['dir']), true), "\n";
?>
--EXPECT--
mchid,serial,privateKey,certs,apiv3Key,secret,base_uri
dir mode 700
private key in it: true
apiv3Key length 32, secret length 32
certs: 2 (platform certificate, public key)
200 GET
200 PUB_KEY_ID_0114232134912410000000000000
downloaded: true
404 RESOURCE_NOT_EXISTS
exit 0
listening: false
dir left: false
