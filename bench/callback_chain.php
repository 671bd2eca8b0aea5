<?php
/**
 * What a then() callback costs, by kind of callable: a chain of N then() reactions on a fulfilled promise,
 * each callback returning its argument + 1, run by one wait(). The callbacks are resolved once, when then()
 * stores them (php_call.h's php_wechatpay_callable); this measures the call through that resolution.
 * No server, no HTTP.
 *
 * Run: php bench/callback_chain.php [n=10000] [repeats=7]   wall µs per callback, the best of the repeats
 *      php bench/callback_chain.php --one KIND N           one chain of KIND, for callgrind
 *                                                          (bench/callback_instructions.sh)
 */

declare(strict_types=1);

use WeChatPay\Promise;

final class ChainTarget
{
    public static function stat(int $v): int { return $v + 1; }
    public function method(int $v): int { return $v + 1; }
    public function __call(string $name, array $args): int { return $args[0] + 1; }
    public function __invoke(int $v): int { return $v + 1; }
    public function boundClosure(): Closure { return function (int $v): int { return $v + 1; }; }
}

function chain_inc(int $v): int { return $v + 1; }

/** @return array<string, callable> */
function chain_kinds(): array
{
    $target = new ChainTarget();
    return [
        'closure' => static fn(int $v): int => $v + 1,
        'closure+this' => $target->boundClosure(),
        'function' => 'chain_inc',
        'first-class' => chain_inc(...),
        'static' => 'ChainTarget::stat',
        'method' => [$target, 'method'],
        'invokable' => $target,
        '__call' => [$target, 'viaMagicCall'],
    ];
}

/** Runs one chain of $n callbacks; returns the wall time of then() + wait() in µs. */
function chain_run(callable $callback, int $n): float
{
    $start = hrtime(true);
    $first = new Promise();
    $p = $first;
    for ($i = 0; $i < $n; $i++) {
        $p = $p->then($callback);
    }
    $first->resolve(0);
    if ($p->wait() !== $n) {
        throw new LogicException('wrong result');
    }
    return (hrtime(true) - $start) / 1e3;
}

if (($argv[1] ?? '') === '--one') {
    chain_run(chain_kinds()[$argv[2]], (int) $argv[3]);
    exit(0);
}
$n = (int) ($argv[1] ?? 10000);
$repeats = (int) ($argv[2] ?? 7);
printf("then() chain of %d callbacks, best of %d, wall µs per callback (then() + its run):\n", $n, $repeats);
foreach (chain_kinds() as $kind => $callback) {
    $best = INF;
    for ($r = 0; $r < $repeats; $r++) {
        $best = min($best, chain_run($callback, $n) / $n);
    }
    printf("  %-13s %.3f\n", $kind, $best);
}
