--TEST--
Transformer::toXml(): byte-identical to the package for its documented cases (headless/indent/root combinations)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$jm = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;
$flat = ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
    'detail' => json_encode([['goods_detail' => '华为手机', 'url' => 'https://huawei.com']], $jm)];
$deep = ['appid' => 'wx2421b1c4370ec43b', 'body' => 'dummybot', 'mch_id' => '10000100',
    'detail' => [['goods_detail' => '华为手机', 'url' => 'https://huawei.com']]];

echo json_encode(Transformer::toXml($flat)), "\n";
echo json_encode(Transformer::toXml($flat, true, false, 'xml', 'item')), "\n";
echo json_encode(Transformer::toXml($flat, false, true)), "\n";
echo json_encode(Transformer::toXml($deep)), "\n";
echo json_encode(Transformer::toXml($deep, false, true, 'qqpay', 'item')), "\n";
echo json_encode(Transformer::toXml($deep, headless: false)), "\n";
echo json_encode(Transformer::toXml($deep, indent: true)), "\n";
?>
--EXPECT--
"<xml><appid>wx2421b1c4370ec43b<\/appid><body>dummybot<\/body><mch_id>10000100<\/mch_id><detail><![CDATA[[{\"goods_detail\":\"\u534e\u4e3a\u624b\u673a\",\"url\":\"https:\/\/huawei.com\"}]]]><\/detail><\/xml>"
"<xml><appid>wx2421b1c4370ec43b<\/appid><body>dummybot<\/body><mch_id>10000100<\/mch_id><detail><![CDATA[[{\"goods_detail\":\"\u534e\u4e3a\u624b\u673a\",\"url\":\"https:\/\/huawei.com\"}]]]><\/detail><\/xml>"
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n <appid>wx2421b1c4370ec43b<\/appid>\n <body>dummybot<\/body>\n <mch_id>10000100<\/mch_id>\n <detail><![CDATA[[{\"goods_detail\":\"\u534e\u4e3a\u624b\u673a\",\"url\":\"https:\/\/huawei.com\"}]]]><\/detail>\n<\/xml>\n"
"<xml><appid>wx2421b1c4370ec43b<\/appid><body>dummybot<\/body><mch_id>10000100<\/mch_id><detail><item><goods_detail>\u534e\u4e3a\u624b\u673a<\/goods_detail><url>https:\/\/huawei.com<\/url><\/item><\/detail><\/xml>"
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qqpay>\n <appid>wx2421b1c4370ec43b<\/appid>\n <body>dummybot<\/body>\n <mch_id>10000100<\/mch_id>\n <detail>\n  <item>\n   <goods_detail>\u534e\u4e3a\u624b\u673a<\/goods_detail>\n   <url>https:\/\/huawei.com<\/url>\n  <\/item>\n <\/detail>\n<\/qqpay>\n"
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><appid>wx2421b1c4370ec43b<\/appid><body>dummybot<\/body><mch_id>10000100<\/mch_id><detail><item><goods_detail>\u534e\u4e3a\u624b\u673a<\/goods_detail><url>https:\/\/huawei.com<\/url><\/item><\/detail><\/xml>\n"
"<xml>\n <appid>wx2421b1c4370ec43b<\/appid>\n <body>dummybot<\/body>\n <mch_id>10000100<\/mch_id>\n <detail>\n  <item>\n   <goods_detail>\u534e\u4e3a\u624b\u673a<\/goods_detail>\n   <url>https:\/\/huawei.com<\/url>\n  <\/item>\n <\/detail>\n<\/xml>\n"
