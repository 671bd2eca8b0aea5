--TEST--
Options: the request signature verifies (test-side openssl_verify, merchant public key) over "METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n", TARGET as sent on the wire
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator', 'openssl'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$public = openssl_pkey_get_public('file://' . $emu['keys']['merchant_public_key']);

$client->chain('v3/emulator/echo/{id}')->get(['id' => 'a b/中', 'query' => ['q' => 'x y', 'z' => '1']]);
$client->chain('v3/emulator/echo')->post(['json' => ['level' => '钻石会员', 'url' => 'https://a/b']]);
$client->chain('v3/emulator/echo')->delete();

foreach (wxp_emulator_requests($emu) as $r) {
    preg_match('~timestamp="(\d+)",nonce_str="(\w+)",signature="([^"]+)"~', $r['headers']['authorization'], $m);
    [, $ts, $nonce, $sig] = $m;
    $body = base64_decode($r['body_base64']);
    $message = "{$r['method']}\n{$r['request_uri']}\n$ts\n$nonce\n$body\n";
    echo $r['method'], ' ', $r['request_uri'], "\n";
    var_dump(openssl_verify($message, base64_decode($sig), $public, OPENSSL_ALGO_SHA256));
    // the check can fail: a message one byte off does not verify
    var_dump(openssl_verify($message . ' ', base64_decode($sig), $public, OPENSSL_ALGO_SHA256));
}
?>
--EXPECT--
GET /v3/emulator/echo/a%20b%2F%E4%B8%AD?q=x%20y&z=1
int(1)
int(0)
POST /v3/emulator/echo
int(1)
int(0)
DELETE /v3/emulator/echo
int(1)
int(0)
