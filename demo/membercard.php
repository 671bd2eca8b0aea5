<?php
/**
 * The twelve snippets of the document "查询及修改用户会员卡信息" (membercard-open.md: GET and PATCH
 * /v3/marketing/membercard-open/cards/{card_id}/codes/{code}, each in six tabs), copied VERBATIM and run
 * against the local WeChat Pay emulator (tests/emulator) with the wechatpay extension.
 *
 * Run it with: bash scripts/demo.sh
 *   (installs the build dependencies, builds modules/wechatpay.so, then
 *    php -d extension=modules/wechatpay.so demo/membercard.php)
 *
 * Each snippet is printed under its tab name and verb, e.g. "== 同步纯链式 GET ==". The async tabs need
 * getAsync()/patchAsync(); until the extension has them they print "(async: not yet available)".
 * Do not edit the snippet bodies: tests/phpt/meta/demo_snippets_verbatim.phpt checks that each one is
 * byte-identical to the document. Keys are generated at run time (tests/inc/keys.inc); nothing here is secret.
 */

require dirname(__DIR__) . '/tests/inc/server.inc';

$emu = wxp_emulator_start();
$config = wxp_config($emu);
$instance = WeChatPay\Builder::factory($config);

$ran = $failed = $pending = 0;

/** Runs one snippet under its label; an async one only when the extension has its verb. */
$demo = static function (string $label, ?string $asyncVerb, Closure $snippet) use (&$ran, &$failed, &$pending): void {
    echo "== $label ==\n";
    if ($asyncVerb !== null && !method_exists(WeChatPay\BuilderNode::class, $asyncVerb)) {
        echo "(async: not yet available)\n\n";
        $pending++;
        return;
    }
    $ran++;
    try {
        $snippet();
    } catch (Throwable $e) {
        $failed++;
        printf("!! %s: %s\n", get_class($e), $e->getMessage());
    }
    echo "\n";
};

$demo('异步纯链式 GET', 'getAsync', static function () use ($instance): void {
$instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('异步声明式 GET', 'getAsync', static function () use ($instance): void {
$instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('异步属性式 GET', 'getAsync', static function () use ($instance): void {
$instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('同步纯链式 GET', null, static function () use ($instance): void {
$response = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('同步声明式 GET', null, static function () use ($instance): void {
$response = $instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('同步属性式 GET', null, static function () use ($instance): void {
$response = $instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('异步纯链式 PATCH', 'patchAsync', static function () use ($instance): void {
$instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->patchAsync([
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
});

$demo('异步声明式 PATCH', 'patchAsync', static function () use ($instance): void {
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
});

$demo('异步属性式 PATCH', 'patchAsync', static function () use ($instance): void {
$instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->patchAsync([
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
});

$demo('同步纯链式 PATCH', null, static function () use ($instance): void {
$response = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->patch([
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
]);
print_r($response->getStatusCode() === 204);
});

$demo('同步声明式 PATCH', null, static function () use ($instance): void {
$response = $instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->patch([
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
]);
print_r($response->getStatusCode() === 204);
});

$demo('同步属性式 PATCH', null, static function () use ($instance): void {
$response = $instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->patch([
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
]);
print_r($response->getStatusCode() === 204);
});

printf("%d snippets ran, %d failed, %d waiting for the async verbs\n", $ran, $failed, $pending);
if ($failed > 0 && is_file($emu['log'])) {
    echo "-- emulator log (last lines) --\n", implode("\n", array_slice(file($emu['log'], FILE_IGNORE_NEW_LINES), -20)), "\n";
}
wxp_emulator_stop($emu);
exit($failed > 0 ? 1 : 0);
