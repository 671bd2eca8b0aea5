<?php
/**
 * Runs N calls of one way (floor | minimal | sync | async | factory) after a warm-up, for bench/instructions.sh, which
 * runs it under callgrind twice with different N: the difference divided by the difference in N is the
 * instructions one call costs, whatever the start-up and warm-up cost.
 *
 * Run: php -d extension=modules/wechatpay.so bench/hotpath_driver.php MODE N
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/lib.inc';
require __DIR__ . '/minimal_client.inc';

[, $mode, $n] = $argv + [1 => 'sync', 2 => '100'];
$n = (int) $n;

$emu = wxp_fpm_emulator_start(['children' => 2]);
$config = wxp_config($emu);
$card = WeChatPay\Builder::factory($config)->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_;
$args = ['card_id' => 'pbLatjvWOibDc5-TBnbUk1pD12o0', 'code' => '478515832665'];
$body = (string) $card->get($args)->getBody();
$ways = [
    'floor' => bench_rsa_floor($emu['keys'], $body),
    'minimal' => bench_minimal_client('127.0.0.1', $emu['port'],
        "/v3/marketing/membercard-open/cards/{$args['card_id']}/codes/{$args['code']}", $emu['keys']),
    'sync' => static function () use ($card, $args): void { $card->get($args); },
    'async' => static function () use ($card, $args): void { $card->getAsync($args)->wait(); },
    // What a PHP-FPM web request does: a new client from the key files (key cache hits), then one call.
    'factory' => static function () use ($config, $args): void {
        WeChatPay\Builder::factory($config)->v3->marketing->membercardOpen->cards->_card_id_->codes->_code_->get($args);
    },
];
if (!isset($ways[$mode])) {
    fwrite(STDERR, "unknown mode $mode (floor, minimal, sync, async, factory)\n");
    exit(2);
}
$run = $ways[$mode];
for ($i = 0; $i < 20; $i++) {
    $run();
}
for ($i = 0; $i < $n; $i++) {
    $run();
}
echo "$mode $n done\n";
