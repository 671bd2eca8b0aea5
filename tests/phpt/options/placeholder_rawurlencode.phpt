--TEST--
Options: {x} placeholders are percent-encoded as rawurlencode() does ('/' -> %2F, space -> %20, UTF-8 bytes, '%' -> %25), integers printed
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$values = ['a' => 'x/y z', 'b' => '中文', 'c' => '100%', 'd' => 'a+b:c~d.e_f-g?h#i&j=k@l', 'e' => 42, 'f' => -7];
$response = $client->chain('v3/emulator/echo/{a}/{b}/{c}/{d}/{e}/{f}')->get($values);
var_dump($response->getStatusCode());

$log = wxp_emulator_requests($emu);
var_dump(count($log));
echo $log[0]['request_uri'], "\n";
$expected = '/v3/emulator/echo/' . implode('/', array_map(static fn ($v) => rawurlencode((string) $v), $values));
var_dump($log[0]['request_uri'] === $expected);
var_dump($log[0]['auth']);
?>
--EXPECT--
int(200)
int(1)
/v3/emulator/echo/x%2Fy%20z/%E4%B8%AD%E6%96%87/100%25/a%2Bb%3Ac~d.e_f-g%3Fh%23i%26j%3Dk%40l/42/-7
bool(true)
bool(true)
