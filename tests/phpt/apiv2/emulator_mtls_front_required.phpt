--TEST--
APIv2 emulator: the mTLS front (verify_client on) refuses a TLS handshake without a client certificate, accepts each merchant certificate (plain key, encrypted key + passphrase, the other merchant), and the mTLS routes answer through it but not without it
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator', 'openssl');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$front = wxp_v2_mtls_front_start($emu);
$k = wxp_v2_keys();
echo 'base_uri: ', preg_replace('~:\d+/$~', ':PORT/', $front['base_uri']), "\n";
$trust = ['cafile' => $front['ca']];
$whoami = wxp_v2_signed(['mch_id' => $k['mchid'], 'nonce_str' => 'w1']);
$identities = [
    'no certificate' => [],
    'no certificate, TLS 1.2' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT],
    'merchant, plain key' => ['local_cert' => $k['cert'], 'local_pk' => $k['key']],
    'merchant, encrypted key + passphrase' => ['local_cert' => $k['cert'], 'local_pk' => $k['key_encrypted'],
        'passphrase' => $k['passphrase']],
    'other merchant' => ['local_cert' => $k['other_cert'], 'local_pk' => $k['other_key']],
];
foreach ($identities as $who => $ssl) {
    $r = wxp_v2_post($front['base_uri'], '/v2emu/whoami', $whoami, $ssl + $trust);
    if ($r['status'] === 0) {
        echo "$who: no HTTP answer (failed at {$r['stage']})\n";
        continue;
    }
    $serial = $r['xml']['client_serial'];
    echo "$who: HTTP {$r['status']}, verify {$r['xml']['client_verify']}, serial ",
        $serial === $k['cert_serial'] ? 'cert_serial' : ($serial === $k['other_serial'] ? 'other_serial' : $serial), "\n";
}
// The encrypted key needs its passphrase
$r = wxp_v2_post($front['base_uri'], '/v2emu/whoami', $whoami,
    ['local_cert' => $k['cert'], 'local_pk' => $k['key_encrypted'], 'passphrase' => 'wrong'] + $trust);
echo 'encrypted key, wrong passphrase: ', $r['status'] === 0 ? 'no HTTP answer' : "HTTP {$r['status']}", "\n";

// The mTLS routes, with the merchant certificate through the front, then straight to the emulator
$cert = ['local_cert' => $k['cert'], 'local_pk' => $k['key']] + $trust;
$routes = [
    '/mmpaymkttransfers/promotion/transfers' => ['mch_appid' => 'wx1', 'mchid' => $k['mchid'], 'nonce_str' => 't1',
        'partner_trade_no' => 'p100', 'amount' => '100'],
    '/mmpaysptrans/pay_bank' => ['mch_id' => $k['mchid'], 'nonce_str' => 'b1', 'partner_trade_no' => 'p200', 'amount' => '200'],
    '/risk/getpublickey' => ['mch_id' => $k['mchid'], 'nonce_str' => 'k1', 'sign_type' => 'MD5'],
    '/secapi/pay/refund' => ['appid' => 'wx1', 'mch_id' => $k['mchid'], 'nonce_str' => 'r1', 'out_trade_no' => 'o300',
        'out_refund_no' => 'r300', 'total_fee' => '300', 'refund_fee' => '100', 'sign_type' => 'HMAC-SHA256'],
];
foreach ($routes as $path => $fields) {
    $r = wxp_v2_post($front['base_uri'], $path, wxp_v2_signed($fields), $cert);
    $a = $r['xml'];
    $type = strlen($a['sign'] ?? '') === 64 ? 'HMAC-SHA256' : 'MD5';
    $signed = isset($a['sign']) ? $type . (hash_equals(wxp_v2_sign($a, $type, $k['secret']), $a['sign']) ? ' sign ok'
        : ' sign WRONG') : 'no sign';
    $extra = match ($path) {
        '/mmpaymkttransfers/promotion/transfers' => "partner_trade_no $a[partner_trade_no], payment_no "
            . (preg_match('~^\d{30}$~', $a['payment_no']) ? 'digits' : $a['payment_no'])
            . ', payment_time ' . (preg_match('~^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$~', $a['payment_time']) ? 'ok' : $a['payment_time']),
        '/mmpaysptrans/pay_bank' => "partner_trade_no $a[partner_trade_no], amount $a[amount]",
        '/risk/getpublickey' => 'pub_key is bank_public_key: '
            . var_export($a['pub_key'] === file_get_contents($k['bank_public_key']), true),
        '/secapi/pay/refund' => "out_refund_no $a[out_refund_no], refund_fee $a[refund_fee]",
    };
    echo "$path: $a[return_code]/$a[result_code], $signed, $extra\n";
    $direct = wxp_v2_post($emu['base_uri'], $path, wxp_v2_signed($fields));
    echo '  without the front: ', json_encode($direct['xml'], JSON_UNESCAPED_UNICODE), "\n";
}
// A client cannot claim a certificate with the front's headers: the front replaces them with what it saw
$claim = ['X-Wxp-Client-Verify' => 'SUCCESS', 'X-Wxp-Client-Serial' => $k['cert_serial']];
$r = wxp_v2_post($front['base_uri'], '/risk/getpublickey', wxp_v2_signed($routes['/risk/getpublickey']),
    ['local_cert' => $k['other_cert'], 'local_pk' => $k['other_key']] + $trust, $claim);
$log = wxp_emulator_requests($emu);
$seen = end($log)['headers']['x-wxp-client-serial'];
echo 'claiming cert_serial with the other certificate, the emulator sees: ',
    $seen === $k['other_serial'] ? 'other_serial' : $seen, "\n";
?>
--EXPECT--
base_uri: https://127.0.0.1:PORT/
no certificate: no HTTP answer (failed at connect)
no certificate, TLS 1.2: no HTTP answer (failed at connect)
merchant, plain key: HTTP 200, verify SUCCESS, serial cert_serial
merchant, encrypted key + passphrase: HTTP 200, verify SUCCESS, serial cert_serial
other merchant: HTTP 200, verify SUCCESS, serial other_serial
encrypted key, wrong passphrase: no HTTP answer
/mmpaymkttransfers/promotion/transfers: SUCCESS/SUCCESS, no sign, partner_trade_no p100, payment_no digits, payment_time ok
  without the front: {"return_code":"FAIL","return_msg":"证书错误"}
/mmpaysptrans/pay_bank: SUCCESS/SUCCESS, MD5 sign ok, partner_trade_no p200, amount 200
  without the front: {"return_code":"FAIL","return_msg":"证书错误"}
/risk/getpublickey: SUCCESS/SUCCESS, no sign, pub_key is bank_public_key: true
  without the front: {"return_code":"FAIL","return_msg":"证书错误"}
/secapi/pay/refund: SUCCESS/SUCCESS, HMAC-SHA256 sign ok, out_refund_no r300, refund_fee 100
  without the front: {"return_code":"FAIL","return_msg":"证书错误"}
claiming cert_serial with the other certificate, the emulator sees: other_serial
