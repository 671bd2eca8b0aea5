--TEST--
Sensitive: a 'body' the app encoded itself (json_encode, escaped or unescaped slashes) is searched for the ciphertexts of live Sensitive values and gets their Wechatpay-Serial
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
// a ciphertext with a '/' in it, so that json_encode's escaping matters
do {
    $s = WeChatPay\Sensitive::encrypt($client, 'slash');
} while (!str_contains((string) $s, '/'));
foreach ([0, JSON_UNESCAPED_SLASHES] as $flags) {
    $body = json_encode(['name' => $s], $flags);
    $r = $client->v3->emulator->sensitive->post(['body' => $body]);
    $answer = json_decode((string) $r->getBody(), true);
    var_dump(str_contains($body, '\/') === ($flags === 0), $answer['serial'] === $k['platform_serial'], $answer['decrypted']);
}
// once the object is gone, its ciphertext is just bytes: the emulator, like WeChat Pay, refuses it without the header
$body = json_encode(['name' => $s]);
unset($s);
try {
    $client->v3->emulator->sensitive->post(['body' => $body]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo $e->getResponse()->getStatusCode(), ' ', json_decode((string) $e->getResponse()->getBody(), true)['code'], "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  ["name"]=>
  string(5) "slash"
}
bool(true)
bool(true)
array(1) {
  ["name"]=>
  string(5) "slash"
}
400 PARAM_ERROR
