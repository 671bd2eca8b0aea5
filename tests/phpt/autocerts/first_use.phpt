--TEST--
Automatic platform certificates: with apiv3Key and no certs, the first answer makes the client fetch GET /v3/certificates once (decrypted, checked, the download verified with itself), and every later call of the process, sync or async, any client of the merchant, Notification::handle() and Sensitive::encrypt() use with them without fetching again
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$config = wxp_config($emu, ['certs' => null, 'apiv3Key' => $k['apiv3_key']]);
unset($config['certs']);
$fetches = static fn () => count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates'));

$api = WeChatPay\Builder::factory($config);
$r = $api->v3->emulator->echo->get();
echo 'sync: ', $r->getStatusCode(), ' serial ', $r->getHeaderLine('Wechatpay-Serial') === $k['platform_serial'] ? 'the platform one' : '?', "\n";
$order = array_map(static fn ($r) => $r['request_uri'], wxp_emulator_requests($emu));
echo 'order: ', implode(' ', $order), "\n";
// eight async calls of eight clients of the merchant, settled together: no further fetch
$promises = [];
for ($i = 0; $i < 8; $i++) {
    $promises[] = WeChatPay\Builder::factory($config)->chain('v3/emulator/echo/{i}')->getAsync(['i' => (string) $i]);
}
echo 'async: ', implode(',', array_map(static fn ($p) => $p->wait()->getStatusCode(), $promises)), "\n";
// a callback, a sensitive field, the Guzzle-style stack
$cb = wxp_callback($emu, 'good');
$resource = WeChatPay\Notification::handle($api, $cb['headers'], $cb['body']);
echo 'notification: ', $resource['trade_state'] ?? '?', "\n";
$s = WeChatPay\Sensitive::encrypt($api, 'Alice');
echo 'sensitive under: ', $s->getSerial() === $k['platform_serial'] ? 'the fetched certificate' : $s->getSerial(), "\n";
$answer = json_decode((string) $api->v3->emulator->sensitive->post(['json' => ['name' => $s]])->getBody(), true);
echo 'emulator decrypted: ', json_encode($answer['decrypted'] ?? $answer), "\n";
echo 'fetches: ', $fetches(), "\n";
echo 'apiv3Key shown: ', var_export(str_contains(print_r($api, true) . var_export($config['apiv3Key'] !== '', true), $k['apiv3_key']), true), "\n";
?>
--EXPECT--
sync: 200 serial the platform one
order: /v3/emulator/echo /v3/certificates
async: 200,200,200,200,200,200,200,200
notification: SUCCESS
sensitive under: the fetched certificate
emulator decrypted: {"name":"Alice"}
fetches: 1
apiv3Key shown: false
