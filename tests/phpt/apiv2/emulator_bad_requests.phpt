--TEST--
APIv2 emulator: a wrong or missing sign answers FAIL 签名错误, another merchant FAIL mch_id参数错误, a body that is not XML FAIL XML格式错误, an unknown path 404; none signed, each logged with auth false and why
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$good = ['appid' => 'wxd930ea5d5a258f4f', 'mch_id' => $k['mchid'], 'nonce_str' => 'abc', 'out_trade_no' => 'o1'];
$tampered = wxp_v2_signed($good);
$tampered['out_trade_no'] = 'o2';
$otherSecret = $good;
$otherSecret['sign'] = wxp_v2_sign($good, 'MD5', str_repeat('x', 32));
$hmacAsMd5 = wxp_v2_signed($good + ['sign_type' => 'HMAC-SHA256']);
$hmacAsMd5['sign_type'] = 'MD5';
$cases = [
    'sign over other data' => wxp_v2_xml($tampered),
    'sign with another secret' => wxp_v2_xml($otherSecret),
    'HMAC sign, sign_type MD5' => wxp_v2_xml($hmacAsMd5),
    'lower-case sign' => wxp_v2_xml(['sign' => strtolower(wxp_v2_signed($good)['sign'])] + $good),
    'no sign' => wxp_v2_xml($good),
    'unknown sign_type' => wxp_v2_xml(['sign_type' => 'SHA1'] + wxp_v2_signed($good)),
    'another mch_id (well signed)' => wxp_v2_xml(wxp_v2_signed(['mch_id' => '1900000099'] + $good)),
    'mchid field, another merchant' => wxp_v2_xml(wxp_v2_signed(['mchid' => '1900000099', 'mch_appid' => 'wx1',
        'nonce_str' => 'n', 'partner_trade_no' => 'p'])),
    'no merchant field' => wxp_v2_xml(wxp_v2_signed(['appid' => 'wx1', 'nonce_str' => 'n'])),
    'not XML' => '{"mch_id":"' . $k['mchid'] . '"}',
];
foreach ($cases as $what => $body) {
    $r = wxp_v2_http($emu['base_uri'], 'POST', '/pay/orderquery', $body);
    $a = wxp_v2_xml_parse($r['body']);
    echo "$what: HTTP {$r['status']} ", json_encode($a, JSON_UNESCAPED_UNICODE), "\n";
}
// A well-signed request to a path the emulator does not serve
$r = wxp_v2_post($emu['base_uri'], '/pay/nosuchthing', wxp_v2_signed($good));
echo "unknown path: HTTP {$r['status']} {$r['xml']['return_code']}\n";
// The same request to a served path is fine (the cases above fail for their one change)
$r = wxp_v2_post($emu['base_uri'], '/pay/orderquery', wxp_v2_signed($good));
echo "good: {$r['xml']['return_code']}/{$r['xml']['result_code']}\n";

foreach (wxp_emulator_requests($emu) as $e) {
    echo 'auth=', var_export($e['auth'], true), ' ', $e['auth_error'] ?? '-', "\n";
}
?>
--EXPECT--
sign over other data: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
sign with another secret: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
HMAC sign, sign_type MD5: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
lower-case sign: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
no sign: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
unknown sign_type: HTTP 200 {"return_code":"FAIL","return_msg":"签名错误"}
another mch_id (well signed): HTTP 200 {"return_code":"FAIL","return_msg":"mch_id参数错误"}
mchid field, another merchant: HTTP 200 {"return_code":"FAIL","return_msg":"mch_id参数错误"}
no merchant field: HTTP 200 {"return_code":"FAIL","return_msg":"mch_id参数错误"}
not XML: HTTP 200 {"return_code":"FAIL","return_msg":"XML格式错误"}
unknown path: HTTP 404 FAIL
good: SUCCESS/SUCCESS
auth=false sign does not match (MD5 over the sorted non-empty fields but sign, k=v&..., then &key=SECRET, upper-case hex)
auth=false sign does not match (MD5 over the sorted non-empty fields but sign, k=v&..., then &key=SECRET, upper-case hex)
auth=false sign does not match (MD5 over the sorted non-empty fields but sign, k=v&..., then &key=SECRET, upper-case hex)
auth=false sign does not match (MD5 over the sorted non-empty fields but sign, k=v&..., then &key=SECRET, upper-case hex)
auth=false sign is missing
auth=false sign_type SHA1 is neither MD5 nor HMAC-SHA256
auth=false mch_id 1900000099 is not the configured merchant
auth=false mch_id 1900000099 is not the configured merchant
auth=false no mch_id, mchid or combine_mch_id
auth=false the body is not an APIv2 XML document
auth=true -
auth=true -
