<?php
/**
 * For tests/phpt/reentry/fork_queued_calls.phpt, run in a php of its own with the extension loaded (argv[1]: a
 * JSON config file like pool_app.php's, whose base_uri is the emulator's plain http): a client with
 * max_connections 1 starts three signed POSTs (one runs, two wait in its queue), then pcntl_fork(). The child
 * cancels an inherited queued promise, makes a call of its own on the same client, and waits on the
 * inherited promises; the parent waits on its three. Prints one line per outcome; the test counts what the
 * emulator received.
 */

declare(strict_types=1);

require __DIR__ . '/pool_client.php';

$cfg = json_decode((string) file_get_contents($argv[1]), true, 16, JSON_THROW_ON_ERROR);
$client = WeChatPay\Builder::factory([
    'mchid' => $cfg['mchid'],
    'serial' => $cfg['serial'],
    'privateKey' => 'file://' . $cfg['private_key'],
    'certs' => [$cfg['platform_serial'] => 'file://' . $cfg['platform_cert']],
    'base_uri' => $cfg['base_uri'],
    'max_connections' => 1,
]);

$outcome = static function (WeChatPay\Promise $promise): string {
    try {
        $answer = json_decode((string) $promise->wait()->getBody(), true);
        return 'fulfilled' . (isset($answer['body']) ? ' ' . json_decode($answer['body'], true)['who'] : '');
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
};

$inherited = [];
foreach (['first', 'second', 'third'] as $who) {
    $inherited[$who] = $client->chain('v3/emulator/slow/{ms}')->postAsync(['ms' => 500, 'json' => ['who' => $who]]);
}
$pid = pcntl_fork();
if ($pid === 0) {
    $inherited['second']->cancel(); // must not launch the parent's queued third POST from here
    $own = $client->chain('v3/emulator/echo')->postAsync(['json' => ['who' => 'child']]);
    echo 'child own call: ', $outcome($own), "\n";
    $answer = json_decode((string) $client->chain('v3/emulator/echo')->post(['json' => ['who' => 'child sync']])->getBody(), true);
    echo 'child sync call: ', json_decode($answer['body'], true)['who'], "\n";
    foreach ($inherited as $who => $promise) {
        echo "child waits on the parent's $who: ", $outcome($promise), "\n";
    }
    exit(0);
}
pcntl_waitpid($pid, $status);
echo 'child exited ', pcntl_wexitstatus($status), "\n";
foreach ($inherited as $who => $promise) {
    echo "parent $who: ", $outcome($promise), "\n";
}
