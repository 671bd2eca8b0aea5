--TEST--
Sensitive: a call whose json holds Sensitive values (nested arrays, any depth) carries Wechatpay-Serial of the platform certificate; the emulator decrypts each field with the platform key
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

$name = WeChatPay\Sensitive::encrypt($client, '张三');
$json = [
    'business_code' => 'APL_98761234',
    'contact_info' => ['contact_name' => $name, 'contact_id_number' => WeChatPay\Sensitive::encrypt($client, '110101199003077777')],
    'bank' => [['account' => [['number' => WeChatPay\Sensitive::encrypt($client, '6222000011112222')]]]],
    'note' => new ArrayObject(['x' => 1]), // another object: left to JSON encoding, as before
];
$r = $client->chain('v3/emulator/sensitive')->post(['json' => $json]);
$answer = json_decode((string) $r->getBody(), true);
var_dump($r->getStatusCode(), $answer['serial'] === $k['platform_serial'], $r->getHeaderLine('Wechatpay-Serial') === $k['platform_serial']);
print_r($answer['decrypted']);

// the request as sent: one Wechatpay-Serial, the ciphertexts as the objects give them
$log = wxp_emulator_requests($emu);
$sent = json_decode($log[0]['body'], true);
var_dump($log[0]['headers']['wechatpay-serial'] === $k['platform_serial'], $sent['contact_info']['contact_name'] === (string) $name);

// a call without Sensitive values gets no Wechatpay-Serial
$r = $client->chain('v3/emulator/sensitive')->post(['json' => ['plain' => 'text']]);
var_dump(json_decode((string) $r->getBody(), true), isset(wxp_emulator_requests($emu)[1]['headers']['wechatpay-serial']));

// the app's own Wechatpay-Serial (config or call, any case) that names the same key is kept, not doubled
$same = WeChatPay\Builder::factory(wxp_config($emu, ['headers' => ['Wechatpay-Serial' => $k['platform_serial']]]));
$r = $same->chain('v3/emulator/sensitive')->post(['json' => ['n' => WeChatPay\Sensitive::encrypt($same, 'a')]]);
$r2 = $client->chain('v3/emulator/sensitive')->post(['json' => ['n' => WeChatPay\Sensitive::encrypt($client, 'b')],
    'headers' => ['wechatpay-serial' => $k['platform_serial']]]);
print_r(json_decode((string) $r->getBody(), true)['decrypted']);
print_r(json_decode((string) $r2->getBody(), true)['decrypted']);
$log = wxp_emulator_requests($emu);
var_dump($log[2]['headers']['wechatpay-serial'] === $k['platform_serial'], $log[3]['headers']['wechatpay-serial'] === $k['platform_serial']);

// json being a Sensitive itself, and a list of them
$r = $client->chain('v3/emulator/sensitive')->post(['json' => [WeChatPay\Sensitive::encrypt($client, 'first'), WeChatPay\Sensitive::encrypt($client, 'second')]]);
print_r(json_decode((string) $r->getBody(), true)['decrypted']);
?>
--EXPECT--
int(200)
bool(true)
bool(true)
Array
(
    [contact_info.contact_name] => 张三
    [contact_info.contact_id_number] => 110101199003077777
    [bank.0.account.0.number] => 6222000011112222
)
bool(true)
bool(true)
array(2) {
  ["serial"]=>
  NULL
  ["decrypted"]=>
  array(0) {
  }
}
bool(false)
Array
(
    [n] => a
)
Array
(
    [n] => b
)
bool(true)
bool(true)
Array
(
    [0] => first
    [1] => second
)
