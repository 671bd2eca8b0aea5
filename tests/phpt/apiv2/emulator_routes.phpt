--TEST--
APIv2 emulator: the payment routes answer signed with their own fields, /sandboxnew/pay/getsignkey answers without a sign, and a GET with the data in its query is answered as a POST
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$request = ['appid' => 'wx1', 'mch_id' => $k['mchid'], 'nonce_str' => 'n1', 'out_trade_no' => 'o1', 'total_fee' => '5',
    'body' => 'b'];
$show = static function (string $how, array $a) use ($k): void {
    $sign = !isset($a['sign']) ? 'no sign'
        : (hash_equals(wxp_v2_sign($a, 'MD5', $k['secret']), $a['sign']) ? 'sign ok' : 'sign WRONG');
    unset($a['sign'], $a['return_code'], $a['return_msg'], $a['result_code'], $a['appid'], $a['mch_id'], $a['nonce_str']);
    echo "$how: $sign, ", implode(' ', array_keys($a)), "\n";
};
foreach (['/pay/orderquery', '/pay/micropay', '/pay/unifiedorder', '/face/get_wxpayface_authinfo',
    '/sandboxnew/pay/getsignkey'] as $path) {
    $r = wxp_v2_post($emu['base_uri'], $path, wxp_v2_signed($request));
    $show("POST $path", $r['xml']);
    $r = wxp_v2_http($emu['base_uri'], 'GET', "$path?" . http_build_query(wxp_v2_signed($request), '', '&', PHP_QUERY_RFC3986));
    $show("GET $path", wxp_v2_xml_parse($r['body']));
}
$r = wxp_v2_post($emu['base_uri'], '/pay/micropay', wxp_v2_signed($request));
echo 'micropay trade_type: ', $r['xml']['trade_type'], "\n";
$r = wxp_v2_post($emu['base_uri'], '/sandboxnew/pay/getsignkey', wxp_v2_signed($request));
echo 'sandbox_signkey: ', preg_match('~^[0-9A-F]{32}$~', $r['xml']['sandbox_signkey']) ? '32 hex digits' : 'bad', "\n";
?>
--EXPECT--
POST /pay/orderquery: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end
GET /pay/orderquery: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end
POST /pay/micropay: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end
GET /pay/micropay: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end
POST /pay/unifiedorder: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end prepay_id
GET /pay/unifiedorder: sign ok, out_trade_no openid is_subscribe trade_type trade_state trade_state_desc bank_type total_fee cash_fee fee_type transaction_id time_end prepay_id
POST /face/get_wxpayface_authinfo: sign ok, out_trade_no authinfo expires_in
GET /face/get_wxpayface_authinfo: sign ok, out_trade_no authinfo expires_in
POST /sandboxnew/pay/getsignkey: no sign, out_trade_no sandbox_signkey
GET /sandboxnew/pay/getsignkey: no sign, out_trade_no sandbox_signkey
micropay trade_type: MICROPAY
sandbox_signkey: 32 hex digits
