--TEST--
APIv2 emulator: MD5 and HMAC-SHA256 requests (XML POST and query GET) are answered SUCCESS, signed with the request's sign type, ids echoed, and logged with auth true
--DESCRIPTION--
Plain PHP over a socket, no extension: the signs are computed here with md5()/hash_hmac() (wxp_v2_sign(), checked
first against the reference vector), so the emulator's side is tested independently of the client's.
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
// The reference vector (wechatpay-php-compat.md, "APIv2")
$vector = ['appid' => 'wxd930ea5d5a258f4f', 'mch_id' => '10000100', 'device_info' => '1000', 'body' => 'test',
    'nonce_str' => 'ibuaiVcKdpRxkhJA'];
var_dump(wxp_v2_sign($vector, 'MD5', '192006250b4c09247ec02edce69f6a2d'),
    wxp_v2_sign($vector, 'HMAC-SHA256', '192006250b4c09247ec02edce69f6a2d'));

$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$signOk = static fn (array $a): bool => isset($a['sign'])
    && hash_equals(wxp_v2_sign($a, strlen($a['sign']) === 64 ? 'HMAC-SHA256' : 'MD5', $k['secret']), $a['sign']);
$base = ['appid' => 'wxd930ea5d5a258f4f', 'mch_id' => $k['mchid'], 'nonce_str' => 'n0nce' . bin2hex(random_bytes(4)),
    'out_trade_no' => 'order <1> & "co"', 'total_fee' => '88', 'body' => '中文 商品', 'empty' => ''];
foreach (['MD5' => $base, 'HMAC-SHA256' => $base + ['sign_type' => 'HMAC-SHA256']] as $type => $fields) {
    $r = wxp_v2_post($emu['base_uri'], '/pay/orderquery', wxp_v2_signed($fields));
    $a = $r['xml'];
    echo "$type: HTTP {$r['status']}, ", $r['headers']['content-type'], ", $a[return_code]/$a[result_code], ",
        "sign length ", strlen($a['sign']), ', sign ok: ', var_export($signOk($a), true), "\n";
    echo '  echoed: ', var_export($a['appid'] === $fields['appid'] && $a['mch_id'] === $k['mchid']
        && $a['nonce_str'] === $fields['nonce_str'] && $a['out_trade_no'] === $fields['out_trade_no'], true),
        ", trade_state $a[trade_state], total_fee $a[total_fee]\n";
}

// GET: the data and its sign in the query
$q = wxp_v2_signed(['mch_id' => $k['mchid'], 'nonce_str' => 'g1', 'out_trade_no' => 'get order', 'sign_type' => 'HMAC-SHA256']);
$r = wxp_v2_http($emu['base_uri'], 'GET', '/v2emu/whoami?' . http_build_query($q, '', '&', PHP_QUERY_RFC3986));
$a = wxp_v2_xml_parse($r['body']);
echo "GET: HTTP {$r['status']}, $a[return_code]/$a[result_code], sign ok: ", var_export($signOk($a), true),
    ", client_serial $a[client_serial], client_verify $a[client_verify]\n";

// A changed answer field breaks the sign (the check above is not vacuous)
$a['client_serial'] = 'X';
var_dump($signOk($a));

foreach (wxp_emulator_requests($emu) as $e) {
    echo "logged: $e[method] $e[request_uri] auth=", var_export($e['auth'], true), ' error=',
        var_export($e['auth_error'], true), "\n";
}
?>
--EXPECTF--
string(32) "9A0A8659F005D6984697E2CA0A9CF3B7"
string(64) "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"
MD5: HTTP 200, text/xml; charset=utf-8, SUCCESS/SUCCESS, sign length 32, sign ok: true
  echoed: true, trade_state SUCCESS, total_fee 88
HMAC-SHA256: HTTP 200, text/xml; charset=utf-8, SUCCESS/SUCCESS, sign length 64, sign ok: true
  echoed: true, trade_state SUCCESS, total_fee 88
GET: HTTP 200, SUCCESS/SUCCESS, sign ok: true, client_serial NONE, client_verify NONE
bool(false)
logged: POST /pay/orderquery auth=true error=NULL
logged: POST /pay/orderquery auth=true error=NULL
logged: GET /v2emu/whoami?%s auth=true error=NULL
