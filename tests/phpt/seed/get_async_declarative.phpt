--TEST--
Seed document, GET 异步声明式 (async declarative): the snippet runs verbatim against the emulator
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$instance = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));

$instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
?>
--EXPECT--
Array
(
    [card_id] => pbLatjvWOibDc5-TBnbUk1pD12o0
    [code] => 478515832665
    [openid] => oH5HZrnVwQxB8ZNHMsTnazUXrcTy
    [membership_number] => 002883647040
    [level] => 白金会员
    [nickname] => 微信用户
    [head_image_url] => https://thirdwx.qlogo.cn/mmopen/vi_32/757043107c64d1ccb139dacd45eb713c/132
    [background_picture_url] => https://wxpaylogo.qpic.cn/wxpaylogo/928d182be99ff46a/0
    [balance] => 47040
    [user_card_status] => EFFECTIVE
    [user_information] => Array
        (
            [common_field_list] => Array
                (
                    [0] => Array
                        (
                            [name] => USER_FORM_FLAG_MOBILE
                            [value] => 13883647040
                        )

                    [1] => Array
                        (
                            [name] => USER_FORM_FLAG_NAME
                            [value] => 张三
                        )

                    [2] => Array
                        (
                            [name] => USER_FORM_FLAG_SEX
                            [value] => 男
                        )

                )

            [custom_field_list] => Array
                (
                    [0] => Array
                        (
                            [name] => 喜好
                            [value] => 咖啡
                            [value_list] => Array
                                (
                                    [0] => 咖啡
                                    [1] => 奶茶
                                )

                        )

                )

        )

    [bonus_value] => 7040
)
