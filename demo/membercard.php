<?php
/**
 * The twelve snippets of the document "查询及修改用户会员卡信息" (membercard-open.md: GET and PATCH
 * /v3/marketing/membercard-open/cards/{card_id}/codes/{code}, each in six tabs), copied VERBATIM and run
 * against the WeChat Pay emulator bundled in tests/emulator, with the wechatpay extension.
 *
 * Run it with: bash scripts/demo.sh
 *   (installs the build dependencies, builds modules/wechatpay.so, then
 *    php -d extension=modules/wechatpay.so demo/membercard.php)
 *
 * Each snippet is printed under its verb and the document's tab name, in English beside the Chinese, e.g.
 * "== GET, sync, property chain (同步纯链式) ==". Do not edit the snippet bodies:
 * tests/phpt/meta/demo_snippets_verbatim.phpt checks that each one is byte-identical to the document.
 * The emulator is the one a merchant runs, bin/wechatpay-emulator: keys are generated for this run and deleted
 * when it ends; nothing here is secret, and nothing is sent to WeChat Pay.
 */

echo "Starting the bundled WeChat Pay emulator (bin/wechatpay-emulator, on 127.0.0.1) with throw-away keys generated now.\n",
    "Every answer below comes from it, signed with those keys and verified by the extension; nothing goes to WeChat Pay.\n\n";

// As an app's test suite would: start the command, read the one JSON line of config it prints, SIGTERM it at the end.
$emu = proc_open([PHP_BINARY, '-n', dirname(__DIR__) . '/bin/wechatpay-emulator', '--json'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $emuPipes);
$config = json_decode((string) fgets($emuPipes[1]), true) ?: exit("the emulator did not start\n");
$instance = WeChatPay\Builder::factory($config);

$ran = $failed = 0;

/** The document's tab names, in English (the call styles of README.md). */
const TABS = [
    '异步纯链式' => 'async, property chain',
    '异步声明式' => 'async, declarative chain()',
    '异步属性式' => 'async, ArrayAccess',
    '同步纯链式' => 'sync, property chain',
    '同步声明式' => 'sync, declarative chain()',
    '同步属性式' => 'sync, ArrayAccess',
];

/** The document's two sections, in English. */
const SECTIONS = [
    'GET' => "查询用户会员卡信息: query a user's member card (the emulator answers with a made-up card)",
    'PATCH' => "修改用户会员卡信息: update a user's member card (WeChat Pay answers 204 No Content)",
];

/** Runs one snippet under its label; a PATCH snippet's output says what its `1` means. */
$demo = static function (string $tab, string $verb, Closure $snippet) use (&$ran, &$failed): void {
    static $section = null;
    if ($section !== $verb) {
        $section = $verb;
        echo '## ', SECTIONS[$verb], "\n", "   $verb /v3/marketing/membercard-open/cards/{card_id}/codes/{code}\n\n";
    }
    printf("== %s, %s (%s) ==\n", $verb, TABS[$tab], $tab);
    $ran++;
    ob_start();
    try {
        $snippet();
    } catch (Throwable $e) {
        $failed++;
        printf("!! %s: %s\n", get_class($e), $e->getMessage());
    } finally {
        $out = (string) ob_get_clean();
    }
    if ($verb === 'PATCH' && $out === '1') {
        $out .= "   <- print_r(true): the answer was 204 No Content, so the update was accepted\n";
    } elseif ($verb === 'PATCH' && $out === '') {
        $out = "(nothing printed: print_r(false), the status was not 204)\n";
    }
    echo $out, str_ends_with($out, "\n") ? "\n" : "\n\n";
};

$demo('异步纯链式', 'GET', static function () use ($instance): void {
$instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('异步声明式', 'GET', static function () use ($instance): void {
$instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('异步属性式', 'GET', static function () use ($instance): void {
$instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->getAsync([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
])
->then(static function(\Psr\Http\Message\ResponseInterface $response) {
  print_r(json_decode((string) $response->getBody(), true));
})
->wait();
});

$demo('同步纯链式', 'GET', static function () use ($instance): void {
$response = $instance->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('同步声明式', 'GET', static function () use ($instance): void {
$response = $instance->chain('v3/marketing/membercard-open/cards/{card_id}/codes/{code}')->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('同步属性式', 'GET', static function () use ($instance): void {
$response = $instance['v3/marketing/membercard-open/cards/{card_id}/codes/{code}']->get([
  'card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0',
  'code' => '478515832665',
]);
print_r(json_decode((string) $response->getBody(), true));
});

$demo('异步纯链式', 'PATCH', static function () use ($instance): void {
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

$demo('异步声明式', 'PATCH', static function () use ($instance): void {
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

$demo('异步属性式', 'PATCH', static function () use ($instance): void {
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

$demo('同步纯链式', 'PATCH', static function () use ($instance): void {
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

$demo('同步声明式', 'PATCH', static function () use ($instance): void {
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

$demo('同步属性式', 'PATCH', static function () use ($instance): void {
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

printf("%d snippets ran, %d failed. Every answer came from the bundled emulator, signed with keys made for this run\n"
    . "(deleted when it ends); nothing was sent to WeChat Pay.\n", $ran, $failed);
proc_terminate($emu);   // SIGTERM: the command stops its server and removes the keys
proc_close($emu);
exit($failed > 0 ? 1 : 0);
