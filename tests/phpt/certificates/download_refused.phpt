--TEST--
WeChatPay\Certificates::download() refuses, naming why: no apiv3Key (nothing sent), a wrong APIv3 key (the tag), an answer signed by a key the download does not carry, an HTTP error, placeholder APIv3 keys, a directory it cannot write; the APIv3 key is checked at factory time and never shown
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$try = static function (string $name, callable $f) {
    try {
        $f();
        echo "$name: downloaded\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
};
$base = ['certs' => ['any' => null], 'apiv3Key' => $k['apiv3_key']];
$try('no apiv3Key', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($emu, ['certs' => ['any' => null]]))));
echo 'sent so far: ', count(wxp_emulator_requests($emu)), "\n";
$try('wrong APIv3 key', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => str_repeat('x', 32)] + $base))));
// asking for public-key mode makes the emulator sign with the key of PUB_KEY_ID_..., which the download lacks
$try('signed by another key', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($emu,
    ['headers' => ['Wechatpay-Serial' => $k['pubkey_id']]] + $base))));
$try('directory not writable', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($emu, $base)), '/nonexistent/dir'));
$try('placeholder APIv3 keys', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(['mchid' => '1900000109',
    'serial' => 'nop', 'privateKey' => 'any', 'certs' => ['any' => null], 'secret' => str_repeat('s', 32), 'apiv3Key' => $k['apiv3_key']])));
foreach (['short' => 'abc', 'int' => 32] as $what => $bad) {
    $try("apiv3Key $what", fn () => WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => $bad])));
}
$bare = wxp_emulator_start(['env' => ['WXP_EMU_PLATFORM_CERT' => null]]);
$try('HTTP 404', fn () => WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($bare, $base))));
// the key never shows: dumps of the client, a trace with arguments
ini_set('zend.exception_ignore_args', '0');
ob_start();
$client = WeChatPay\Builder::factory(wxp_config($emu, $base));
var_dump($client);
print_r($client);
try { WeChatPay\Certificates::download(WeChatPay\Builder::factory(wxp_config($emu, ['apiv3Key' => str_repeat('x', 32)] + $base))); } catch (Throwable $e) { echo $e; }
$out = ob_get_clean();
echo 'the APIv3 key in dumps or traces: ', var_export(str_contains($out, $k['apiv3_key']) || str_contains($out, str_repeat('x', 32)), true), "\n";
?>
--EXPECTF--
no apiv3Key: WeChatPay\Exception\InvalidArgumentException: WeChatPay\Certificates::download() needs the config's 'apiv3Key' (the APIv3 key set on the merchant platform, 32 bytes): the certificates come encrypted under it
sent so far: 0
wrong APIv3 key: WeChatPay\Exception\InvalidArgumentException: Certificate %s of the /v3/certificates answer does not decrypt with config 'apiv3Key' (its tag does not verify): is it this merchant's APIv3 key?
signed by another key: WeChatPay\Exception\Own\VerificationException: %sCannot found the serial(`PUB_KEY_ID_%s`)'s configuration%s
directory not writable: WeChatPay\Exception\InvalidArgumentException: Cannot write the platform certificates into /nonexistent/dir: WeChatPay\Certificates::download() needs a writable directory there
placeholder APIv3 keys: WeChatPay\Exception\InvalidArgumentException: This client's APIv3 keys are placeholders %s
apiv3Key short: WeChatPay\Exception\InvalidArgumentException: Config 'apiv3Key' must be the APIv3 key set on the merchant platform, a string of exactly 32 bytes, a string of another length given
apiv3Key int: WeChatPay\Exception\InvalidArgumentException: Config 'apiv3Key' must be the APIv3 key set on the merchant platform, a string of exactly 32 bytes, int given
HTTP 404: WeChatPay\Exception\Own\ClientException: %s404%s
the APIv3 key in dumps or traces: false
