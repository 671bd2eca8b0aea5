--TEST--
APIv2 mutual TLS against a front that requires a client certificate: `security => true` presents the merchant's (plain key, or encrypted key with its passphrase), sync and async; without it the handshake fails (ConnectException, nothing answered); transfers' unsigned answer passes
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$front = wxp_v2_mtls_front_start($emu);
$k = wxp_v2_keys();
$transport = ['base_uri' => $front['base_uri'], 'verify' => $front['ca']];
$clients = [
    'plain key' => WeChatPay\Builder::factory(wxp_v2_config($emu, $transport)),
    'encrypted key' => WeChatPay\Builder::factory(wxp_v2_config($emu, $transport + [
        'merchant' => ['cert' => $k['cert'], 'key' => [$k['key_encrypted'], $k['passphrase']]]])),
    'file:// paths' => WeChatPay\Builder::factory(wxp_v2_config($emu, $transport + [
        'merchant' => ['cert' => 'file://' . $k['cert'], 'key' => 'file://' . $k['key']]])),
];
$xml = ['mch_appid' => 'wx8888888888888888', 'mchid' => $k['mchid'], 'partner_trade_no' => 'P1', 'amount' => '100'];
foreach ($clients as $name => $instance) {
    $r = $instance->v2->mmpaymkttransfers->promotion->transfers->post(['xml' => $xml, 'security' => true]);
    $a = WeChatPay\Transformer::toArray((string) $r->getBody());
    $p = $instance->v2->secapi->pay->refund->postAsync(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'O1',
        'out_refund_no' => 'R1', 'total_fee' => '5'], 'security' => true])->wait();
    $b = WeChatPay\Transformer::toArray((string) $p->getBody());
    echo "$name: transfers $a[return_code]/$a[result_code], refund $b[return_code]/$b[result_code] (signed answer, ",
        var_export($p->getRejectedBy(), true), ")\n";
}
foreach (['sync' => false, 'async' => true] as $how => $async) {
    try {
        $n = $clients['plain key']->v2->mmpaymkttransfers->promotion->transfers;
        $async ? $n->postAsync(['xml' => $xml])->wait() : $n->post(['xml' => $xml]);
        echo "$how without security: answered\n";
    } catch (WeChatPay\Exception\ConnectException $e) {
        echo "$how without security: ", get_class($e), ', has response: ', var_export($e->hasResponse(), true), "\n";
    }
}
// the front saw exactly one identity on every request it answered
$serials = array_unique(array_map(static fn ($l) => $l['client_serial'], wxp_nginx_access_log_wait($front, 6)));
echo 'serials seen: ', implode(',', $serials) === $k['cert_serial'] ? 'the merchant certificate only' : implode(',', $serials), "\n";
?>
--EXPECT--
plain key: transfers SUCCESS/SUCCESS, refund SUCCESS/SUCCESS (signed answer, NULL)
encrypted key: transfers SUCCESS/SUCCESS, refund SUCCESS/SUCCESS (signed answer, NULL)
file:// paths: transfers SUCCESS/SUCCESS, refund SUCCESS/SUCCESS (signed answer, NULL)
sync without security: WeChatPay\Exception\Own\ConnectException, has response: false
async without security: WeChatPay\Exception\Own\ConnectException, has response: false
serials seen: the merchant certificate only
