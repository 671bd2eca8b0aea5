--TEST--
APIv2 emulator: behind the mTLS front with verify_client optional, /v2emu/whoami reports NONE without a client certificate and the serial with one, mTLS routes answer 证书错误 without one, and a client's own X-Wxp-Client-* headers never get through
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator', 'openssl');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$front = wxp_v2_mtls_front_start($emu, ['verify_client' => 'optional']);
$k = wxp_v2_keys();
$trust = ['cafile' => $front['ca']];
$name = static fn (string $serial): string => match ($serial) {
    $k['cert_serial'] => 'cert_serial', $k['other_serial'] => 'other_serial', default => $serial,
};
$whoami = wxp_v2_signed(['mch_id' => $k['mchid'], 'nonce_str' => 'w1', 'sign_type' => 'HMAC-SHA256']);
$claim = ['X-Wxp-Client-Verify' => 'SUCCESS', 'X-Wxp-Client-Serial' => $k['cert_serial']];
$identities = [
    'no certificate' => [],
    'merchant' => ['local_cert' => $k['cert'], 'local_pk' => $k['key']],
    'other merchant' => ['local_cert' => $k['other_cert'], 'local_pk' => $k['other_key']],
];
foreach ($identities as $who => $ssl) {
    $r = wxp_v2_post($front['base_uri'], '/v2emu/whoami', $whoami, $ssl + $trust);
    $a = $r['xml'];
    $signOk = hash_equals(wxp_v2_sign($a, 'HMAC-SHA256', $k['secret']), $a['sign']);
    echo "$who: whoami $a[return_code]/$a[result_code], sign ok ", var_export($signOk, true),
        ", client_verify $a[client_verify], client_serial {$name($a['client_serial'])}\n";
    $r = wxp_v2_post($front['base_uri'], '/v2emu/whoami', $whoami, $ssl + $trust, $claim);
    echo "  claiming cert_serial in headers: client_verify {$r['xml']['client_verify']}, client_serial ",
        $name($r['xml']['client_serial']), "\n";
    $r = wxp_v2_post($front['base_uri'], '/secapi/pay/refund', wxp_v2_signed(['mch_id' => $k['mchid'],
        'nonce_str' => 'r1', 'out_trade_no' => 'o1', 'out_refund_no' => 'r1', 'total_fee' => '1']), $ssl + $trust);
    echo '  refund: ', $r['xml']['return_code'], ' ', $r['xml']['return_msg'], "\n";
}
// The emulator logged each request with what the front told it; nginx logged the serial per request
foreach (wxp_emulator_requests($emu) as $e) {
    echo "logged $e[request_uri]: auth ", var_export($e['auth'], true), ', serial header ',
        $name($e['headers']['x-wxp-client-serial'] ?? 'absent'), "\n";
}
echo 'nginx: ', implode(' ', array_map(static fn (array $l): string => $l['client_serial'] === null ? '-'
    : $name($l['client_serial']), wxp_nginx_access_log_wait($front, 9))), "\n";
?>
--EXPECT--
no certificate: whoami SUCCESS/SUCCESS, sign ok true, client_verify NONE, client_serial NONE
  claiming cert_serial in headers: client_verify NONE, client_serial NONE
  refund: FAIL 证书错误
merchant: whoami SUCCESS/SUCCESS, sign ok true, client_verify SUCCESS, client_serial cert_serial
  claiming cert_serial in headers: client_verify SUCCESS, client_serial cert_serial
  refund: SUCCESS OK
other merchant: whoami SUCCESS/SUCCESS, sign ok true, client_verify SUCCESS, client_serial other_serial
  claiming cert_serial in headers: client_verify SUCCESS, client_serial other_serial
  refund: SUCCESS OK
logged /v2emu/whoami: auth true, serial header absent
logged /v2emu/whoami: auth true, serial header absent
logged /secapi/pay/refund: auth true, serial header absent
logged /v2emu/whoami: auth true, serial header cert_serial
logged /v2emu/whoami: auth true, serial header cert_serial
logged /secapi/pay/refund: auth true, serial header cert_serial
logged /v2emu/whoami: auth true, serial header other_serial
logged /v2emu/whoami: auth true, serial header other_serial
logged /secapi/pay/refund: auth true, serial header other_serial
nginx: - - - cert_serial cert_serial cert_serial other_serial other_serial other_serial
