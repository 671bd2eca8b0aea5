--TEST--
Seed document, PATCH 异步声明式 (async declarative): the snippet runs verbatim against the emulator
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$instance = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));

$instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->patchAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
  'json' => [
    'membership_number'      => '316510891298',
    'background_picture_url' => 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
    'level'                  => '钻石会员',
    'out_request_no'         => '100002322019090134234sfdf',
    'balance_information'    => [
      'before_balance' => 888,
      'balance'        => 888,
      'add_balance'    => 100,
      'balance_remark' => '购买一杯珍珠奶茶，消耗30元',
    ],
  ],
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r($response->getStatusCode() === 204);
})
->wait();
?>
--EXPECT--
1
