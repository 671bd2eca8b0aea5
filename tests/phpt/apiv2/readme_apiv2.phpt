--TEST--
wechatpay-php's README_APIv2 examples run unchanged against the emulator (only values substituted: merchant id, key paths, hosts; and the comma its transfers example lacks)
--DESCRIPTION--
Each block is README_APIv2's, in its order. The substitutions: the merchant id, the APIv2 key and the key
paths come from the test's key set; `base_uri` and `verify` (the test CA) point the client at the emulator
behind its mutual-TLS front (which, like api.mch.weixin.qq.com, asks for the certificate only where a path
needs it); the per-call `base_uri` of fraud.mch.weixin.qq.com is a second front and
payapp.weixin.qq.com the emulator itself; `$rsaPubKeyString` is the getpublickey example's answer.
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
require __DIR__ . '/../../inc/nginx.inc'; if (wxp_nginx_binary() === null) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/apiv2.inc';
$emu = wxp_emulator_start();
// api.mch.weixin.qq.com asks for the client certificate only on the paths that need it: a front that asks
// for one and lets the emulator refuse those paths without it; fraud.mch.weixin.qq.com requires it.
$front = wxp_v2_mtls_front_start($emu, ['verify_client' => 'optional']);
$fraud = wxp_v2_mtls_front_start($emu);
$k = wxp_v2_keys();

// ## V2初始化
// (README_APIv2 names the same merchant '1000100' in its config and '1900000109' in its requests, which
// the package itself refuses: both are the test merchant here.)
$merchantId = $k['mchid'];
$apiv2Key = $k['secret'];
$merchantPrivateKeyFilePath = $k['key'];
$merchantCertificateFilePath = $k['cert'];
$instance = WeChatPay\Builder::factory([
    'mchid'      => $merchantId,
    'serial'     => 'nop',
    'privateKey' => 'any',
    'certs'      => ['any' => null],
    'secret'     => $apiv2Key,
    'merchant' => [
        'cert' => $merchantCertificateFilePath,
        'key'  => $merchantPrivateKeyFilePath,
    ],
    'base_uri' => $front['base_uri'],
    'verify' => $front['ca'],
]);

// ## 企业付款到零钱
$res = $instance
->v2->mmpaymkttransfers->promotion->transfers
->postAsync([
    'xml' => [
      'mch_appid'        => 'wx8888888888888888',
      'mchid'            => $merchantId,// 注意这个商户号，key是`mchid`非`mch_id`
      'partner_trade_no' => '10000098201411111234567890',
      'openid'           => 'oxTWIuGaIt6gTKsQRLau2M0yL16E',
      'check_name'       => 'FORCE_CHECK',
      're_user_name'     => '王小王',
      'amount'           => '10099',
      'desc'             => '理赔',
      'spbill_create_ip' => '192.168.0.1',
    ],
    'need_vefify' => false, //该接口没有返回sign字段，不需要验证返回签名
    'security' => true, //请求需要双向证书
    'debug' => fopen('php://memory', 'w+') //开启调试模式 (a stream here, so the test's output stays the same)
])
->then(static function($response) {
    return WeChatPay\Transformer::toArray((string)$response->getBody());
})
->otherwise(static function($e) {
    if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
        return WeChatPay\Transformer::toArray((string)$e->getReason()->getBody());
    }
    return [];
})
->wait();
echo "transfers: $res[return_code]/$res[result_code] partner_trade_no $res[partner_trade_no] payment_no ", strlen($res['payment_no']), " digits\n";

// ## 企业付款到银行卡-获取RSA公钥
$res = $instance
->v2->risk->getpublickey
->postAsync([
    'xml' => [
        'mch_id' => $merchantId,
        'sign_type' => 'MD5',
    ],
    'security' => true, //请求需要双向证书
    // 特殊接入点，仅对本次请求有效
    'base_uri' => $fraud['base_uri'],
])
->otherwise(static function($e) {
    if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
        return WeChatPay\Transformer::toArray((string)$e->getReason()->getBody());
    }
    if ($e instanceof \Psr\Http\Message\MessageInterface) {
        return WeChatPay\Transformer::toArray((string)$e->getBody());
    }
    return [];
})
->wait();
// an unsigned path: the answer passes, so the promise is fulfilled with the response itself
$res = WeChatPay\Transformer::toArray((string) $res->getBody());
echo "getpublickey: $res[return_code] ", strtok($res['pub_key'], "\n"), "\n";
$rsaPubKeyString = $res['pub_key'];

// ## 付款到银行卡
$rsaPublicKeyInstance = WeChatPay\Crypto\Rsa::from($rsaPubKeyString, WeChatPay\Crypto\Rsa::KEY_TYPE_PUBLIC);
$encryptor = static function(string $msg) use ($rsaPublicKeyInstance): string {
    return WeChatPay\Crypto\Rsa::encrypt($msg, $rsaPublicKeyInstance);
};
$res = $instance
->v2->mmpaysptrans->pay_bank
->postAsync([
    'xml' => [
        'mch_id'           => $merchantId,
        'partner_trade_no' => '1212121221227',
        'enc_bank_no'      => $encryptor('6225............'),
        'enc_true_name'    => $encryptor('张三'),
        'bank_code'        => '1001',
        'amount'           => '100000',
        'desc'             => '理财',
    ],
    'security' => true, //请求需要双向证书
])
->then(static function($response) {
    return WeChatPay\Transformer::toArray((string)$response->getBody());
})
->otherwise(static function($e) {
    if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
        return WeChatPay\Transformer::toArray((string)$e->getReason()->getBody());
    }
    return [];
})
->wait();
echo "pay_bank: $res[return_code]/$res[result_code] amount $res[amount]\n";
$log = wxp_emulator_requests($emu);
$sent = wxp_v2_xml_parse(end($log)['body']);
$bankKey = openssl_pkey_get_private(file_get_contents($k['bank_private_key']));
openssl_private_decrypt(base64_decode($sent['enc_true_name']), $name, $bankKey, OPENSSL_PKCS1_OAEP_PADDING);
echo "  the bank's key decrypts enc_true_name: $name\n";

// ## 刷脸支付-人脸识别-获取调用凭证
$res = $instance
->v2->face->get_wxpayface_authinfo
->postAsync([
    'xml' => [
        'store_id'   => '1234567',
        'store_name' => '云店(广州白云机场店)',
        'device_id'  => 'abcdef',
        'rawdata'    => '从客户端`getWxpayfaceRawdata`方法取得的数据',
        'appid'      => 'wx8888888888888888',
        'mch_id'     => $merchantId,
        'now'        => (string)WeChatPay\Formatter::timestamp(),
        'version'    => '1',
        'sign_type'  => 'HMAC-SHA256',
    ],
    // 特殊接入点，仅对本次请求有效
    'base_uri' => $emu['base_uri'],
])
->then(static function($response) {
    return WeChatPay\Transformer::toArray((string)$response->getBody());
})
->otherwise(static function($e) {
    if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
        return WeChatPay\Transformer::toArray((string)$e->getReason()->getBody());
    }
    return [];
})
->wait();
echo "face authinfo: $res[return_code]/$res[result_code] sign ", strlen($res['sign']), " chars, authinfo ", substr($res['authinfo'], 0, 13), "\n";

// ## v2沙箱环境-获取验签密钥API
$res = $instance
->v2->sandboxnew->pay->getsignkey
->postAsync([
    'xml' => [
        'mch_id' => $merchantId,
    ],
    // 通知SDK不接受沙箱环境重定向，仅对本次请求有效
    'allow_redirects' => false,
])
->otherwise(static function($e) {
    if ($e instanceof \GuzzleHttp\Promise\RejectionException) {
        return WeChatPay\Transformer::toArray((string)$e->getReason()->getBody());
    }
    if ($e instanceof \Psr\Http\Message\MessageInterface) {
        return WeChatPay\Transformer::toArray((string)$e->getBody());
    }
    return [];
})
->wait();
echo "getsignkey: $res[return_code] sandbox_signkey ", strlen($res['sandbox_signkey']), " chars\n";

// ## v2通知应答
$xml = WeChatPay\Transformer::toXml([
  'return_code' => 'SUCCESS',
  'return_msg' => 'OK',
]);
echo $xml, "\n";

// ## 数据签名 / 商家券-小程序发券APIv2密钥签名
$busiFavorFlat = static function (array $params): array {
    $result = ['send_coupon_merchant' => $params['send_coupon_merchant']];
    foreach ($params['send_coupon_params'] as $index => $item) {
        foreach ($item as $key => $value) {
            $result["{$key}{$index}"] = $value;
        }
    }
    return $result;
};
$busiFavor = [
    'send_coupon_params' => [
        ['out_request_no' => '1234567', 'stock_id' => 'abc123'],
        ['out_request_no' => '7654321', 'stock_id' => '321cba'],
    ],
    'send_coupon_merchant' => '10016226'
];
$busiFavor += ['sign' => WeChatPay\Crypto\Hash::sign(
    WeChatPay\Crypto\Hash::ALGO_HMAC_SHA256,
    WeChatPay\Formatter::queryStringLike(WeChatPay\Formatter::ksort($busiFavorFlat($busiFavor))),
    $apiv2Key
)];
$flat = $busiFavorFlat($busiFavor);
ksort($flat, SORT_STRING);
echo 'miniprogram coupon sign: ', var_export($busiFavor['sign'] === wxp_v2_sign($flat, 'HMAC-SHA256', $apiv2Key), true), "\n";

// ## 商家券-H5发券APIv2密钥签名
$params = [
  'stock_id'             => '12111100000001',
  'out_request_no'       => '20191204550002',
  'send_coupon_merchant' => '10016226',
  'open_id'              => 'oVvBvwEurkeUJpBzX90-6MfCHbec',
  'coupon_code'          => '75345199',
];
$params += ['sign' => WeChatPay\Crypto\Hash::sign(
    WeChatPay\Crypto\Hash::ALGO_HMAC_SHA256,
    WeChatPay\Formatter::queryStringLike(WeChatPay\Formatter::ksort($params)),
    $apiv2Key
)];
echo 'H5 coupon sign: ', var_export($params['sign'] === wxp_v2_sign($params, 'HMAC-SHA256', $apiv2Key), true), "\n";

// ## v2回调通知 (a refund notice made here as WeChat Pay makes it: req_info AES-256-ECB under md5(key))
$reqInfo = WeChatPay\Crypto\AesEcb::encrypt(WeChatPay\Transformer::toXml(['out_refund_no' => 'R1', 'refund_status' => 'SUCCESS']), md5($apiv2Key));
$notice = ['return_code' => 'SUCCESS', 'appid' => 'wx8888888888888888', 'mch_id' => $merchantId, 'nonce_str' => 'n1', 'req_info' => $reqInfo, 'sign_type' => 'MD5'];
$notice['sign'] = wxp_v2_sign($notice, 'MD5', $apiv2Key);
$inBody = WeChatPay\Transformer::toXml($notice);
$inBodyArray = WeChatPay\Transformer::toArray($inBody);
['sign_type' => $signType, 'sign' => $sign] = $inBodyArray;
$calculated = WeChatPay\Crypto\Hash::sign(
    $signType ?? WeChatPay\Crypto\Hash::ALGO_MD5,
    WeChatPay\Formatter::queryStringLike(WeChatPay\Formatter::ksort($inBodyArray)),
    $apiv2Key
);
$signatureStatus = WeChatPay\Crypto\Hash::equals($calculated, $sign);
if ($signatureStatus) {
    ['req_info' => $reqInfo] = $inBodyArray;
    $inBodyReqInfoXml = WeChatPay\Crypto\AesEcb::decrypt($reqInfo, WeChatPay\Crypto\Hash::md5($apiv2Key));
    $inBodyReqInfoArray = WeChatPay\Transformer::toArray($inBodyReqInfoXml);
    print_r($inBodyReqInfoArray);
}
?>
--EXPECT--
transfers: SUCCESS/SUCCESS partner_trade_no 10000098201411111234567890 payment_no 30 digits
getpublickey: SUCCESS -----BEGIN RSA PUBLIC KEY-----
pay_bank: SUCCESS/SUCCESS amount 100000
  the bank's key decrypts enc_true_name: 张三
face authinfo: SUCCESS/SUCCESS sign 64 chars, authinfo emu-authinfo-
getsignkey: SUCCESS sandbox_signkey 32 chars
<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>
miniprogram coupon sign: true
H5 coupon sign: true
Array
(
    [out_refund_no] => R1
    [refund_status] => SUCCESS
)
