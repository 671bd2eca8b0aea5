--TEST--
Sensitive: with a PUB_KEY_ID_ key in certs (public-key mode, alone or beside the platform certificate), fields are encrypted under it and the call names it; the emulator decrypts with that key and signs its answer with it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];

$only = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']]]));
// migration: the platform certificate listed first, the public key after it: the public key still wins
$both = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [
    $k['platform_serial'] => 'file://' . $k['platform_cert'],
    $k['pubkey_id'] => file_get_contents($k['pubkey_public_key']),
]]));
foreach ([$only, $both] as $client) {
    $s = WeChatPay\Sensitive::encrypt($client, '13800138000');
    var_dump($s->getSerial() === $k['pubkey_id']);
    $r = $client->v3->emulator->sensitive->post(['json' => ['mobile' => $s]]);
    $answer = json_decode((string) $r->getBody(), true);
    var_dump($answer['serial'] === $k['pubkey_id'], $answer['decrypted'], $r->getHeaderLine('Wechatpay-Serial') === $k['pubkey_id']);
}
// the plain calls of the migrating client still verify with the platform certificate
var_dump($both->v3->emulator->echo->get()->getHeaderLine('Wechatpay-Serial') === $k['platform_serial']);
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  ["mobile"]=>
  string(11) "13800138000"
}
bool(true)
bool(true)
bool(true)
array(1) {
  ["mobile"]=>
  string(11) "13800138000"
}
bool(true)
bool(true)
