--TEST--
getDriver(): select('v2') in any case, and request() of a v2/ path, say APIv2 is not supported yet
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$d = WeChatPay\Builder::factory(wxp_test_config())->getDriver();
foreach (['v2', 'V2'] as $p) {
    try { $d->select($p); } catch (BadMethodCallException $e) { echo $e->getMessage(), "\n"; }
}
try { $d->request('POST', 'V2/pay/micropay'); } catch (BadMethodCallException $e) { echo $e->getMessage(), "\n"; }
try { $d->requestAsync('POST', 'v2/pay/micropay'); } catch (BadMethodCallException $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
select('v2'): APIv2 (the XML protocol) is not supported yet by the wechatpay extension
select('v2'): APIv2 (the XML protocol) is not supported yet by the wechatpay extension
select('v2'): APIv2 (the XML protocol) is not supported yet by the wechatpay extension
select('v2'): APIv2 (the XML protocol) is not supported yet by the wechatpay extension
