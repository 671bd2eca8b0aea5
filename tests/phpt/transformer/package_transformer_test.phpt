--TEST--
Transformer: the package's own tests/TransformerTest.php (1.4.12), its data providers and assertions, pass on our class
--DESCRIPTION--
A port of wechatpay-php's TransformerTest without PHPUnit: each assertion prints nothing when it holds and a
line naming the case when it fails. The toXml() cases are the package's, among them "transform the Stringable
values" (bool, int and a Stringable object cast with (string)). The package reads its toArray() samples from
fixtures; here documents with the same keys (values in CDATA, as WeChat Pay sends them) stand in for them,
and the "bad phrases" are a fragment, an external entity, an undefined entity and an HTML page.
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);

use WeChatPay\Transformer;

function check(bool $holds, string $what): void
{
    if (!$holds) {
        echo "FAILED: $what\n";
    }
}

/** A document with one element per key, each text in CDATA. */
function sample(array $keys): string
{
    $xml = '<xml>';
    foreach ($keys as $i => $key) {
        $xml .= "<$key><![CDATA[value-$i]]></$key>";
    }
    return $xml . '</xml>';
}

// xmlToArrayDataProvider
$toArrayCases = [
    'sendredpack.sample.xml' => ['sign', 'mch_billno', 'mch_id', 'wxappid', 'send_name', 're_openid', 'total_amount',
        'total_num', 'wishing', 'client_ip', 'act_name', 'remark', 'scene_id', 'nonce_str', 'risk_info'],
    'paysuccess.notification.sample.xml' => ['appid', 'attach', 'bank_type', 'fee_type', 'is_subscribe', 'mch_id',
        'nonce_str', 'openid', 'out_trade_no', 'result_code', 'return_code', 'sign', 'time_end', 'total_fee',
        'coupon_fee', 'coupon_count', 'coupon_type', 'coupon_id', 'trade_type', 'transaction_id'],
    'unifiedorder.sample.xml' => ['appid', 'attach', 'body', 'mch_id', 'detail', 'nonce_str', 'notify_url', 'openid',
        'out_trade_no', 'spbill_create_ip', 'total_fee', 'trade_type', 'sign'],
    'refund.notification.req_info.sample.xml' => ['out_refund_no', 'out_trade_no', 'refund_account', 'refund_fee',
        'refund_id', 'refund_recv_accout', 'refund_request_source', 'refund_status', 'settlement_refund_fee',
        'settlement_total_fee', 'success_time', 'total_fee', 'transaction_id'],
];
// testToArray
foreach ($toArrayCases as $name => $keys) {
    $array = Transformer::toArray(sample($keys));
    check(is_array($array) && $array !== [], "$name: a non-empty array");
    foreach ($keys as $key) {
        check(array_key_exists($key, $array), "$name: has $key");
        check(is_string($array[$key] ?? null), "$name: $key is a string");
        check(!str_contains((string) ($array[$key] ?? ''), '<![CDATA['), "$name: $key has no '<![CDATA['");
        check(!str_contains((string) ($array[$key] ?? ''), ']]>'), "$name: $key has no ']]>'");
    }
}

// xmlToArrayBadPhrasesDataProvider: null = parses to a non-empty array; a pattern = [] and error_get_last() matches
$badPhrases = [
    'fragment_injection' => ["<transfers>\n <transfer><to>ACCOUNT-1</to><fee>1.00</fee><note></note></transfer>\n"
        . " <transfer><to>ACCOUNT-2</to><fee>1.00</fee><note>injected</note></transfer>\n</transfers>", null],
    'invalid.xxe_injection' => ['<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><a>&xxe;</a><b>1</b></xml>', null],
    'invalid.bad_entity' => ['<xml><a>&undefined;</a></xml>', '#^Parsing the \$xml failed with the last error#'],
    'invalid.normal_404' => ["<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n<br>", '#^Parsing the \$xml failed with the last error#'],
];
// testToArrayBadPhrases
foreach ($badPhrases as $name => [$xml, $pattern]) {
    error_clear_last();
    $array = Transformer::toArray($xml);
    check(is_array($array), "$name: an array");
    if (is_string($pattern)) {
        check($array === [], "$name: empty");
        $err = error_get_last();
        check(is_array($err) && preg_match($pattern, $err['message']) === 1, "$name: error_get_last() matches $pattern");
    } else {
        check($array !== [], "$name: not empty");
    }
}

// arrayToXmlDataProvider
$jsonModifier = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
$toXmlCases = [
    'normal 1-depth array with extra default options' => [
        ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
         'detail' => json_encode([['goods_detail' => '华为手机', 'url' => 'https://huawei.com']], $jsonModifier) ?: ''],
        true, false, 'xml', 'item',
    ],
    'normal 1-depth array with headless=false and indent=true' => [
        ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
         'detail' => json_encode([['goods_detail' => '华为手机', 'url' => 'https://huawei.com']], $jsonModifier) ?: ''],
        false, true, 'xml', 'item',
    ],
    '2-depth array with extra default options' => [
        ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
         'detail' => [['goods_detail' => '华为手机', 'url' => 'https://huawei.com']]],
        true, false, 'xml', 'item',
    ],
    '2-depth array with with headless=false, indent=true and root=qqpay' => [
        ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
         'detail' => [['goods_detail' => '华为手机', 'url' => 'https://huawei.com']]],
        false, true, 'qqpay', 'item',
    ],
    'transform the Stringable values' => [
        ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100', 'finished' => true, 'amount' => 100,
         'recevier' => new class {
             public function __toString(): string {
                 return json_encode(['type' => 'MERCHANT_ID', 'account' => '190001001']) ?: '';
             }
         }],
        true, false, 'xml', 'item',
    ],
];
// testToXml
foreach ($toXmlCases as $name => [$data, $headless, $indent, $root, $item]) {
    $xml = Transformer::toXml($data, $headless, $indent, $root, $item);
    check(is_string($xml) && $xml !== '', "$name: a non-empty string");
    if ($headless) {
        check(!str_contains($xml, '<?xml version="1.0" encoding="UTF-8"?>'), "$name: no declaration");
    } else {
        check(str_starts_with($xml, '<?xml version="1.0" encoding="UTF-8"?>'), "$name: starts with the declaration");
    }
    // the package's own (inverted) comparisons, kept as written: assertGreaterThanOrEqual($match, 2) etc.
    if ($indent) {
        check(2 >= preg_match('#\n#', $xml), "$name: indented");
    } else {
        check(0 <= preg_match('#\n#', $xml), "$name: not indented");
    }
    $tag = preg_quote($root);
    check(preg_match('#(?:<\?xml[^>]+\?>\n?)?<' . $tag . '>.*</' . $tag . '>\n?#smu', $xml) === 1, "$name: matches the root pattern");
    echo $name, ': ', json_encode($xml, $jsonModifier), "\n";
}
echo "done\n";
?>
--EXPECT--
normal 1-depth array with extra default options: "<xml><appid>wx2421b1c4370ec43b</appid><body>dummybot</body><mch_id>10000100</mch_id><detail><![CDATA[[{\"goods_detail\":\"华为手机\",\"url\":\"https://huawei.com\"}]]]></detail></xml>"
normal 1-depth array with headless=false and indent=true: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n <appid>wx2421b1c4370ec43b</appid>\n <body>dummybot</body>\n <mch_id>10000100</mch_id>\n <detail><![CDATA[[{\"goods_detail\":\"华为手机\",\"url\":\"https://huawei.com\"}]]]></detail>\n</xml>\n"
2-depth array with extra default options: "<xml><appid>wx2421b1c4370ec43b</appid><body>dummybot</body><mch_id>10000100</mch_id><detail><item><goods_detail>华为手机</goods_detail><url>https://huawei.com</url></item></detail></xml>"
2-depth array with with headless=false, indent=true and root=qqpay: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qqpay>\n <appid>wx2421b1c4370ec43b</appid>\n <body>dummybot</body>\n <mch_id>10000100</mch_id>\n <detail>\n  <item>\n   <goods_detail>华为手机</goods_detail>\n   <url>https://huawei.com</url>\n  </item>\n </detail>\n</qqpay>\n"
transform the Stringable values: "<xml><appid>wx2421b1c4370ec43b</appid><body>dummybot</body><mch_id>10000100</mch_id><finished>1</finished><amount>100</amount><recevier><![CDATA[{\"type\":\"MERCHANT_ID\",\"account\":\"190001001\"}]]></recevier></xml>"
done
