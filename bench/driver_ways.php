<?php
/**
 * Runs N member-card GETs of one way after a warm-up, for bench/driver_instructions.sh (issue 12): what a
 * getDriver() stack costs the chain's calls.
 *   chain     get() on a client whose driver was never asked for: the fast path
 *   selected  get() after getDriver()->select()->getConfig('handler') was read, the stack unchanged: still the
 *             fast path, plus the check that the stack is unchanged
 *   stack     get() after a no-op middleware was pushed: the call goes through the Guzzle stack (signer,
 *             verifier, http_errors, ... and the engine handler), as on the package
 *
 * Run: php -d extension=modules/wechatpay.so bench/driver_ways.php MODE N      (needs Debian's Guzzle)
 */

declare(strict_types=1);

require __DIR__ . '/../tests/inc/fpm.inc';
require __DIR__ . '/hot_ways.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';

[, $mode, $n] = $argv + [1 => 'chain', 2 => '100'];
$n = (int) $n;

$client = WeChatPay\Builder::factory(wxp_config(wxp_fpm_emulator_start(['children' => 2])));
if ($mode !== 'chain') {
    $stack = $client->getDriver()->select()->getConfig('handler');
    if ($mode === 'stack') {
        $stack->push(static fn (callable $handler): callable => $handler, 'noop');
    } elseif ($mode !== 'selected') {
        fwrite(STDERR, "unknown mode $mode (chain, selected, stack)\n");
        exit(2);
    }
}
$card = bench_card($client);
for ($i = 0; $i < 20 + $n; $i++) {
    $card->get(BENCH_CARD_ARGS);
}
echo "$mode $n done\n";
