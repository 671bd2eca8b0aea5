<?php
/**
 * For tests/phpt/threads/fork_signing_calls.phpt, run in a php of its own with wechatpay.crypto_threads=2 (argv[1]:
 * a JSON config file like pool_app.php's): starts three signed POSTs whose signatures the parent's worker
 * threads are making, then pcntl_fork(). The child (which has none of those threads) waits on the inherited
 * promises, then makes async calls of its own (on worker threads it starts itself) and a sync call; the parent
 * waits on its three. Prints one line per outcome; the test counts what the emulator received.
 */

declare(strict_types=1);

require __DIR__ . '/pool_client.php';

$cfg = json_decode((string) file_get_contents($argv[1]), true, 16, JSON_THROW_ON_ERROR);
$client = wxp_pool_client($cfg, true); // plain http: verify is not used
$outcome = static function (WeChatPay\Promise $promise): string {
    try {
        $answer = json_decode((string) $promise->wait()->getBody(), true);
        return 'fulfilled ' . json_decode($answer['body'], true)['who'];
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
};

// A first call makes the parent's threads before the fork.
echo 'parent warm-up: ', $outcome($client->chain('v3/emulator/echo')->postAsync(['json' => ['who' => 'warm-up']])), "\n";
$inherited = [];
foreach (['first', 'second', 'third'] as $who) {
    $inherited[$who] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['who' => $who]]);
}
$pid = pcntl_fork();
if ($pid === 0) {
    foreach ($inherited as $who => $promise) {
        echo "child waits on the parent's $who: ", $outcome($promise), "\n";
    }
    $own = [];
    for ($i = 0; $i < 4; $i++) {
        $own[] = $client->chain('v3/emulator/echo')->postAsync(['json' => ['who' => "child $i"]]);
    }
    foreach ($own as $promise) {
        echo 'child own call: ', $outcome($promise), "\n";
    }
    echo 'child sync call: ', json_decode(json_decode((string) $client->chain('v3/emulator/echo')
        ->post(['json' => ['who' => 'child sync']])->getBody(), true)['body'], true)['who'], "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo 'child exited ', pcntl_wexitstatus($status), "\n";
foreach ($inherited as $who => $promise) {
    echo "parent $who: ", $outcome($promise), "\n";
}
