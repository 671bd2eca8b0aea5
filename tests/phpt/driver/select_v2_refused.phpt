--TEST--
getDriver(): select('v2') in any case, and request() of a v2/ path, say APIv2 is served by the chain's verbs, not a Guzzle client
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
select('v2'): the wechatpay extension serves APIv2 through the chain's own verbs ($instance->v2->..., when neither the config nor the call gives a 'handler' and getDriver()'s stack is unchanged), not through a Guzzle client
select('v2'): the wechatpay extension serves APIv2 through the chain's own verbs ($instance->v2->..., when neither the config nor the call gives a 'handler' and getDriver()'s stack is unchanged), not through a Guzzle client
select('v2'): the wechatpay extension serves APIv2 through the chain's own verbs ($instance->v2->..., when neither the config nor the call gives a 'handler' and getDriver()'s stack is unchanged), not through a Guzzle client
select('v2'): the wechatpay extension serves APIv2 through the chain's own verbs ($instance->v2->..., when neither the config nor the call gives a 'handler' and getDriver()'s stack is unchanged), not through a Guzzle client
