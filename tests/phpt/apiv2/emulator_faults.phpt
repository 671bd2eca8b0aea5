--TEST--
APIv2 emulator: each FAULT_* out_trade_no / partner_trade_no value breaks the answer in its one way
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$signState = static function (array $a) use ($k): string {
    if (!isset($a['sign'])) {
        return 'no sign';
    }
    $type = strlen($a['sign']) === 64 ? 'HMAC-SHA256' : 'MD5';
    return "$type sign " . (hash_equals(wxp_v2_sign($a, $type, $k['secret']), $a['sign']) ? 'ok' : 'WRONG');
};
$faults = ['FAULT_RETURN_FAIL', 'FAULT_RESULT_FAIL', 'FAULT_BAD_SIGN', 'FAULT_NO_SIGN', 'FAULT_HMAC_ANSWER',
    'FAULT_HTTP_500', 'FAULT_NOT_XML', 'no fault'];
foreach (['MD5', 'HMAC-SHA256'] as $type) {
    echo "== request signed $type\n";
    foreach ($faults as $fault) {
        $r = wxp_v2_post($emu['base_uri'], '/pay/orderquery', wxp_v2_signed(['mch_id' => $k['mchid'],
            'nonce_str' => 'n1', 'out_trade_no' => $fault, 'sign_type' => $type]));
        $a = $r['xml'];
        echo "$fault: HTTP {$r['status']}, ", $a === null ? 'not XML: ' . var_export($r['body'], true)
            : "$a[return_code]/" . ($a['result_code'] ?? '-') . ' ' . ($a['err_code'] ?? '') . ', ' . $signState($a),
            "\n";
    }
}
// partner_trade_no selects faults too
$r = wxp_v2_http($emu['base_uri'], 'POST', '/v2emu/whoami', wxp_v2_xml(wxp_v2_signed(['mch_id' => $k['mchid'],
    'nonce_str' => 'n2', 'partner_trade_no' => 'FAULT_BAD_SIGN'])));
echo 'partner_trade_no FAULT_BAD_SIGN: ', $signState(wxp_v2_xml_parse($r['body'])), "\n";
?>
--EXPECT--
== request signed MD5
FAULT_RETURN_FAIL: HTTP 200, FAIL/- , no sign
FAULT_RESULT_FAIL: HTTP 200, SUCCESS/FAIL ORDERNOTEXIST, MD5 sign ok
FAULT_BAD_SIGN: HTTP 200, SUCCESS/SUCCESS , MD5 sign WRONG
FAULT_NO_SIGN: HTTP 200, SUCCESS/SUCCESS , no sign
FAULT_HMAC_ANSWER: HTTP 200, SUCCESS/SUCCESS , HMAC-SHA256 sign ok
FAULT_HTTP_500: HTTP 500, FAIL/- , no sign
FAULT_NOT_XML: HTTP 200, not XML: 'not xml'
no fault: HTTP 200, SUCCESS/SUCCESS , MD5 sign ok
== request signed HMAC-SHA256
FAULT_RETURN_FAIL: HTTP 200, FAIL/- , no sign
FAULT_RESULT_FAIL: HTTP 200, SUCCESS/FAIL ORDERNOTEXIST, HMAC-SHA256 sign ok
FAULT_BAD_SIGN: HTTP 200, SUCCESS/SUCCESS , HMAC-SHA256 sign WRONG
FAULT_NO_SIGN: HTTP 200, SUCCESS/SUCCESS , no sign
FAULT_HMAC_ANSWER: HTTP 200, SUCCESS/SUCCESS , HMAC-SHA256 sign ok
FAULT_HTTP_500: HTTP 500, FAIL/- , no sign
FAULT_NOT_XML: HTTP 200, not XML: 'not xml'
no fault: HTTP 200, SUCCESS/SUCCESS , HMAC-SHA256 sign ok
partner_trade_no FAULT_BAD_SIGN: MD5 sign WRONG
