--TEST--
Options: Authorization is WECHATPAY2-SHA256-RSA2048 mchid,serial_no,timestamp,nonce_str,signature in that order; 32-char [0-9A-Za-z] nonce, fresh per call; timestamp within 5 s of time()
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$client = WeChatPay\Builder::factory(wxp_config($emu));

$window = [];
$t = time();
$client->chain('v3/emulator/echo')->get();
$window[] = [$t, time()];
$t = time();
$client->chain('v3/emulator/echo')->post(['json' => ['a' => 1]]);
$window[] = [$t, time()];
$nonces = [];
foreach (wxp_emulator_requests($emu) as $i => $r) {
    $a = $r['headers']['authorization'];
    $ok = preg_match('~^WECHATPAY2-SHA256-RSA2048 mchid="([^"]*)",serial_no="([^"]*)",timestamp="([^"]*)",nonce_str="([^"]*)",signature="([^"]*)"$~', $a, $m);
    var_dump($ok);
    var_dump($m[1] === $k['mchid']);
    var_dump($m[2] === $k['merchant_serial']);
    // time() of the call: between the clock before and after it (5 s of slack)
    var_dump(ctype_digit($m[3]) && (int) $m[3] >= $window[$i][0] - 5 && (int) $m[3] <= $window[$i][1] + 5);
    var_dump((bool) preg_match('~^[0-9A-Za-z]{32}$~', $m[4]));
    var_dump(strlen((string) base64_decode($m[5], true)) === 256); // RSA-2048
    var_dump($r['auth']);
    $nonces[] = $m[4];
}
var_dump($nonces[0] !== $nonces[1]);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
