--TEST--
Chain steps are normalised as wechatpay-php does: camelCase to kebab-case, _name_ to {name}
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$i = WeChatPay\Builder::factory(wxp_test_config());

echo $i->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->getPath(), "\n";
echo $i->v3->MerchantService->ComplaintsV2->getPath(), "\n";
echo $i->v3->foo2Bar->getPath(), "\n";
echo $i->v3->marketing->_cardId_->getPath(), "\n";
echo $i->{'{+url}'}->getPath(), "\n";
echo $i['v3/marketing/favor/users']['{openid}/coupons']->getPath(), "\n";
echo $i->chain('v3/merchantService/complaintsV2')->getPath(), "\n";
echo $i['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->getPath(), "\n";
echo $i->v3[2]->chain(7)->getPath(), "\n";
echo $i->v3->_->getPath(), "|", $i->v3->__->getPath(), "|", $i->v3->___->getPath(), "\n";
var_dump($i->getPath());
?>
--EXPECT--
v3/marketing/membercard-open/cards/{card_id}/codes/{code}
v3/merchant-service/complaints-v2
v3/foo2-bar
v3/marketing/{card-id}
{+url}
v3/marketing/favor/users/{openid}/coupons
v3/merchant-service/complaints-v2
v3/marketing/membercard-open/cards/{card_id}/codes/{code}
v3/2/7
v3/_|v3/{}|v3/{_}
string(0) ""
