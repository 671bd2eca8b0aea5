<?php
/**
 * For tests/phpt/pool/fork_child_own_connections.phpt, run in a php of its own with the extension loaded
 * (argv[1]: a JSON config file like pool_app.php's): a call, then pcntl_fork(); the child makes a call and
 * exits normally; the parent waits for it and makes another call. Every call names its caller in the query
 * and checks that the echoed answer is its own. Prints one line per call.
 */

declare(strict_types=1);

require __DIR__ . '/pool_client.php';

$cfg = json_decode((string) file_get_contents($argv[1]), true, 16, JSON_THROW_ON_ERROR);
$client = wxp_pool_client($cfg);

/** One echo call as $who: "who: status, reused, answer is mine, pool opened N". */
$call = static function (string $who) use ($client): string {
    try {
        $response = $client->chain('v3/emulator/echo')->get(['query' => ['who' => $who]]);
        $echo = json_decode((string) $response->getBody(), true);
        $stats = WeChatPay\Pool::stats();
        return sprintf('%s: status %d, reused %s, answer is mine %s, pool opened %d', $who, $response->getStatusCode(),
            var_export($response->getTransferInfo()['reused'], true), var_export(($echo['query']['who'] ?? '') === $who, true),
            $stats['connections_opened']);
    } catch (Throwable $e) {
        return "$who: " . get_class($e) . ': ' . $e->getMessage();
    }
};

echo $call('parent before fork'), "\n";
$pid = pcntl_fork();
if ($pid === 0) {
    echo $call('child'), "\n";
    echo $call('child again'), "\n";
    exit(0); // a normal shutdown: must not close or shut down the parent's connection
}
pcntl_waitpid($pid, $status);
echo 'child exited ', pcntl_wexitstatus($status), "\n";
echo $call('parent after fork'), "\n";
