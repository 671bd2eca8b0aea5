--TEST--
APIv2 through the chain: v2/ stripped, the package's headers, fields in order then nonce_str then sign, MD5 and HMAC-SHA256, POST XML and GET query, nonceless, answers that pass
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
$k = wxp_v2_keys();
$instance = WeChatPay\Builder::factory(wxp_v2_config($emu));
$last = static function () use ($emu): array {
    $log = wxp_emulator_requests($emu);
    return end($log);
};
$fields = ['appid' => 'wx8888888888888888', 'mch_id' => $k['mchid'], 'out_trade_no' => 'order <1> & "co"',
    'body' => '中文 商品', 'total_fee' => 88, 'empty' => '', 'none' => null];

// POST, MD5 (the default), three call styles, sync and async
$rs = [
    $instance->v2->pay->orderquery->post(['xml' => $fields]),
    $instance->chain('v2/pay/orderquery')->post(['xml' => $fields]),
    $instance['V2/pay/orderquery']->postAsync(['xml' => $fields])->wait(),
];
foreach ($rs as $r) {
    $a = WeChatPay\Transformer::toArray((string) $r->getBody());
    $q = $last();
    echo $r->getStatusCode(), " $a[return_code]/$a[result_code] rejected by: ", var_export($r->getRejectedBy(), true),
        " | $q[method] $q[request_uri] auth ", var_export($q['auth'], true), "\n";
}
$q = $last();
echo 'Accept: ', $q['headers']['accept'], "\nContent-Type: ", $q['headers']['content-type'], "\n";
echo 'Authorization: ', var_export(isset($q['headers']['authorization']), true), "\n";
echo 'User-Agent: ', var_export(str_starts_with($q['headers']['user-agent'], 'wechatpay'), true), "\n";
// the body is Transformer::toXml() of the fields, then nonce_str, then sign
$sent = wxp_v2_xml_parse($q['body']);
echo 'order: ', implode(',', array_keys($sent)), "\n";
echo 'nonce_str: ', var_export((bool) preg_match('/^[0-9A-Za-z]{32}$/', $sent['nonce_str']), true), "\n";
$expected = $fields;
$expected['nonce_str'] = $sent['nonce_str'];
$expected['sign'] = wxp_v2_sign($expected, 'MD5', $k['secret']);
echo 'body is toXml(fields): ', var_export($q['body'] === WeChatPay\Transformer::toXml($expected), true), "\n";
echo 'sign is MD5: ', var_export(strlen($sent['sign']) === 32 && $sent['sign'] === $expected['sign'], true), "\n";

// HMAC-SHA256, a nonce_str given kept, nonceless
$r = $instance->v2->pay->micropay->post(['xml' => $fields + ['sign_type' => 'HMAC-SHA256', 'nonce_str' => 'mine']]);
$sent = wxp_v2_xml_parse($last()['body']);
echo 'HMAC: ', strlen($sent['sign']), " $sent[nonce_str] ", var_export($last()['auth'], true), ' ',
    var_export($r->getRejectedBy(), true), "\n";
$r = $instance->v2->pay->orderquery->post(['xml' => $fields, 'nonceless' => true]);
$sent = wxp_v2_xml_parse($last()['body']);
echo 'nonceless: ', var_export(isset($sent['nonce_str']), true), ' ', var_export($last()['auth'], true), "\n";

// GET: the signed fields are the query, from 'query' or 'xml'
foreach (['query', 'xml'] as $from) {
    $r = $instance->v2->v2emu->whoami->get([$from => ['mch_id' => $k['mchid'], 'out_trade_no' => "get $from"]]);
    $q = $last();
    parse_str(parse_url($q['request_uri'], PHP_URL_QUERY), $query);
    echo "GET from $from: $q[method] ", parse_url($q['request_uri'], PHP_URL_PATH), ' ', implode(',', array_keys($query)),
        ' body ', strlen($q['body']), ' auth ', var_export($q['auth'], true), ' ', var_export($r->getRejectedBy(), true), "\n";
}
// the answer's own sign type decides the check: an HMAC-SHA256 answer to an MD5 request passes
$r = $instance->v2->pay->orderquery->post(['xml' => ['mch_id' => $k['mchid'], 'out_trade_no' => 'FAULT_HMAC_ANSWER']]);
echo 'HMAC answer: ', strlen(WeChatPay\Transformer::toArray((string) $r->getBody())['sign']), ' ', var_export($r->getRejectedBy(), true), "\n";
// an unsigned path is returned unchecked (here, without the client certificate, a FAIL without sign)
$r = $instance->v2->risk->getpublickey->post(['xml' => ['mch_id' => $k['mchid']]]);
echo 'unsigned path: ', WeChatPay\Transformer::toArray((string) $r->getBody())['return_code'], ' ', var_export($r->getRejectedBy(), true), "\n";
?>
--EXPECT--
200 SUCCESS/SUCCESS rejected by: NULL | POST /pay/orderquery auth true
200 SUCCESS/SUCCESS rejected by: NULL | POST /pay/orderquery auth true
200 SUCCESS/SUCCESS rejected by: NULL | POST /pay/orderquery auth true
Accept: text/xml, text/plain, application/x-gzip
Content-Type: text/xml; charset=utf-8
Authorization: false
User-Agent: true
order: appid,mch_id,out_trade_no,body,total_fee,empty,none,nonce_str,sign
nonce_str: true
body is toXml(fields): true
sign is MD5: true
HMAC: 64 mine true NULL
nonceless: false true
GET from query: GET /v2emu/whoami mch_id,out_trade_no,nonce_str,sign body 0 auth true NULL
GET from xml: GET /v2emu/whoami mch_id,out_trade_no,nonce_str,sign body 0 auth true NULL
HMAC answer: 64 NULL
unsigned path: FAIL NULL
