--TEST--
Sensitive: refused before sending, each with a message naming the fix: values under different keys, a value of another client (serial not held, or held as another key), an app's Wechatpay-Serial (config or call, any case) that differs
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$platform = WeChatPay\Builder::factory(wxp_config($emu));
$pubkey = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']]]));
$both = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [
    $k['platform_serial'] => 'file://' . $k['platform_cert'],
    $k['pubkey_id'] => 'file://' . $k['pubkey_public_key'],
]]));
// the platform serial held, but as another key (a misconfigured client)
$wrongKey = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['merchant_public_key']]]));

$a = WeChatPay\Sensitive::encrypt($platform, 'a');
$b = WeChatPay\Sensitive::encrypt($pubkey, 'b');
$try = static function (string $what, WeChatPay\BuilderChainable $client, array $options) {
    try {
        $client->chain('v3/emulator/sensitive')->post($options);
        echo "$what: sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo "$what: ", get_class($e), "\n  ", strtr($e->getMessage(), [$GLOBALS['k']['platform_serial'] => 'PLATFORM', $GLOBALS['k']['pubkey_id'] => 'PUBKEY']), "\n";
    }
};
$try('mixed', $both, ['json' => ['x' => $b, 'y' => ['z' => $a]]]);
$try('foreign', $platform, ['json' => ['x' => $b]]);
$try('same serial, another key', $wrongKey, ['json' => ['x' => $a]]);
$try('call header', $platform, ['json' => ['x' => $a], 'headers' => ['WECHATPAY-SERIAL' => $k['pubkey_id']]]);
$try('call header list', $platform, ['json' => ['x' => $a], 'headers' => ['Wechatpay-Serial' => [$k['platform_serial'], 'OTHER']]]);
$cfg = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['wechatpay-serial' => $k['pubkey_id']]]));
$try('config header', $cfg, ['json' => ['x' => WeChatPay\Sensitive::encrypt($cfg, 'c')]]);
// the call's header replaces the config's: the one that names the key is what is sent
$cfg->chain('v3/emulator/sensitive')->post(['json' => ['x' => WeChatPay\Sensitive::encrypt($cfg, 'c')], 'headers' => ['Wechatpay-Serial' => $k['platform_serial']]]);
// a body the app encoded itself is searched too
$try('body option, foreign', $platform, ['body' => json_encode(['x' => $b])]);
$try('body option, header differs', $platform, ['body' => json_encode(['x' => $a]), 'headers' => ['Wechatpay-Serial' => $k['pubkey_id']]]);
$log = wxp_emulator_requests($emu);
var_dump(count($log), json_decode((string) $log[0]['body'], true)['x'] === (string) WeChatPay\Sensitive::encrypt($cfg, 'c') ? 'same' : 'random');
?>
--EXPECT--
mixed: WeChatPay\Exception\InvalidArgumentException
  The call carries Sensitive values encrypted under different keys (PUBKEY and PLATFORM), and its Wechatpay-Serial can name only one: encrypt them all with Sensitive::encrypt() on the client that sends them; nothing was sent
foreign: WeChatPay\Exception\InvalidArgumentException
  A Sensitive value was encrypted under PUBKEY, a key this client does not hold (in config 'certs' or fetched with 'apiv3Key'): encrypt it with Sensitive::encrypt() on the client that sends it; nothing was sent
same serial, another key: WeChatPay\Exception\InvalidArgumentException
  A Sensitive value was encrypted under PLATFORM, a key this client does not hold (in config 'certs' or fetched with 'apiv3Key'): encrypt it with Sensitive::encrypt() on the client that sends it; nothing was sent
call header: WeChatPay\Exception\InvalidArgumentException
  Header Wechatpay-Serial 'PUBKEY' (the config's or the call's 'headers') does not name the key the call's Sensitive values were encrypted under (PLATFORM): remove that header, the extension sets it; nothing was sent
call header list: WeChatPay\Exception\InvalidArgumentException
  Header Wechatpay-Serial 'OTHER' (the config's or the call's 'headers') does not name the key the call's Sensitive values were encrypted under (PLATFORM): remove that header, the extension sets it; nothing was sent
config header: WeChatPay\Exception\InvalidArgumentException
  Header Wechatpay-Serial 'PUBKEY' (the config's or the call's 'headers') does not name the key the call's Sensitive values were encrypted under (PLATFORM): remove that header, the extension sets it; nothing was sent
body option, foreign: WeChatPay\Exception\InvalidArgumentException
  A Sensitive value was encrypted under PUBKEY, a key this client does not hold (in config 'certs' or fetched with 'apiv3Key'): encrypt it with Sensitive::encrypt() on the client that sends it; nothing was sent
body option, header differs: WeChatPay\Exception\InvalidArgumentException
  Header Wechatpay-Serial 'PUBKEY' (the config's or the call's 'headers') does not name the key the call's Sensitive values were encrypted under (PLATFORM): remove that header, the extension sets it; nothing was sent
int(1)
string(6) "random"
