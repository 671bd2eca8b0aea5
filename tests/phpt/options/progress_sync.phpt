--TEST--
Options: 'progress' on a sync get() is called with four ints that never decrease, the last call with downloaded == total == the body's size (and nothing to upload); a streamed answer (no Content-Length) ends with its size too
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
function watch(array &$calls): Closure
{
    return function ($downloadTotal, $downloaded, $uploadTotal, $uploaded) use (&$calls) {
        $calls[] = [$downloadTotal, $downloaded, $uploadTotal, $uploaded];
    };
}
function check(string $label, array $calls, int $size, bool $knownTotal): void
{
    $ints = true;
    $monotonic = true;
    $previous = [0, 0, 0, 0];
    foreach ($calls as $call) {
        foreach ($call as $i => $n) {
            $ints = $ints && is_int($n);
            $monotonic = $monotonic && ($i % 2 === 0 || $n >= $previous[$i]); // the counters, not the totals
        }
        $previous = $call;
    }
    $last = end($calls);
    echo $label, ': called ', count($calls) >= 1 ? 'yes' : 'no', ', ints ', $ints ? 'yes' : 'no',
        ', counters never decrease ', $monotonic ? 'yes' : 'no',
        ', last downloaded == size ', $last[1] === $size ? 'yes' : "no ($last[1])",
        ', last total ', $last[0] === $size ? 'is the size' : ($last[0] === 0 && !$knownTotal ? 'unknown (0)' : "wrong ($last[0])"),
        ', upload ', $last[2] === 0 && $last[3] === 0 ? '0 of 0' : "$last[3] of $last[2]", "\n";
}
$calls = [];
$response = $client->chain('v3/emulator/big/{n}')->get(['n' => 300000, 'progress' => watch($calls)]);
echo $response->getStatusCode(), ' ', strlen((string) $response->getBody()), "\n";
check('sized', $calls, 300000, true);
$calls = [];
$response = $client->chain('v3/emulator/big/{n}')->get(['n' => 300000, 'query' => ['stream' => '1'], 'progress' => watch($calls)]);
echo $response->getStatusCode(), ' ', strlen((string) $response->getBody()), "\n";
check('streamed', $calls, 300000, false);
$calls = [];
$client->chain('v3/emulator/echo')->get(['progress' => null]);
echo "null is no callable\n";
?>
--EXPECT--
200 300000
sized: called yes, ints yes, counters never decrease yes, last downloaded == size yes, last total is the size, upload 0 of 0
200 300000
streamed: called yes, ints yes, counters never decrease yes, last downloaded == size yes, last total unknown (0), upload 0 of 0
null is no callable
