--TEST--
Hash::sign(): the APIv2 documentation's vector for MD5 and HMAC-SHA256 (UPPERCASE hex), null for any other type, the package's quirks kept
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/crypto.inc';
use WeChatPay\Crypto\Hash;

// https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=4_3: the string to sign as the package's callers
// build it (Formatter::queryStringLike(Formatter::ksort($fields))): sorted by name, without sign/null/''
$fields = ['appid' => 'wxd930ea5d5a258f4f', 'mch_id' => '10000100', 'device_info' => '1000', 'body' => 'test',
           'nonce_str' => 'ibuaiVcKdpRxkhJA', 'sign' => 'left out', 'attach' => '', 'detail' => null];
$data = wxp_apiv2_string($fields);
$key = '192006250b4c09247ec02edce69f6a2d';
echo $data, "\n";
var_dump(Hash::sign(Hash::ALGO_MD5, $data, $key), Hash::sign(Hash::ALGO_HMAC_SHA256, $data, $key));
var_dump(Hash::sign('MD5', $data, $key) === strtoupper(Hash::md5($data, $key)),
    Hash::sign('HMAC-SHA256', $data, $key) === strtoupper(Hash::hmac($data, $key)));

// the receiving side: a notice's sign checked with Hash::equals
$notice = $fields + ['sign' => '9A0A8659F005D6984697E2CA0A9CF3B7'];
$notice['sign'] = '9A0A8659F005D6984697E2CA0A9CF3B7';
var_dump(Hash::equals(Hash::sign('MD5', wxp_apiv2_string($notice), $key), $notice['sign']));

// types are matched exactly: anything else is null
foreach (['md5', 'hmac-sha256', 'HMAC-SHA512', 'SHA256', 'sha256', '', ' MD5', 'MD5 '] as $type) {
    echo json_encode($type), ' => ', var_export(Hash::sign($type, $data, $key), true), "\n";
}
// as the package computes them: MD5 with a falsy key ('' or '0') is plain MD5; HMAC with an empty key is hash_init()'s refusal
var_dump(Hash::sign('MD5', $data, '') === strtoupper(md5($data)), Hash::sign('MD5', $data, '0') === strtoupper(md5($data)));
echo wxp_outcome(static fn() => Hash::sign('HMAC-SHA256', $data, '')), "\n";
// an unknown type is null before any key check
var_dump(Hash::sign('SHA256', $data, ''));
?>
--EXPECT--
appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA
string(32) "9A0A8659F005D6984697E2CA0A9CF3B7"
string(64) "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6"
bool(true)
bool(true)
bool(true)
"md5" => NULL
"hmac-sha256" => NULL
"HMAC-SHA512" => NULL
"SHA256" => NULL
"sha256" => NULL
"" => NULL
" MD5" => NULL
"MD5 " => NULL
bool(true)
bool(true)
ValueError: hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested
NULL
