--TEST--
Re-entry: a destructor that runs when a queued call's time runs out (the thenable its promise had adopted is released) cancels the next queued call and starts a new one; the loop, which was walking its queue, neither uses a freed call nor loses one
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['max_connections' => 1]));
$api->chain('v3/emulator/echo')->get(); // warm-up (valgrind is slow)

final class Witness
{
    public function __construct(private Closure $onDestruct) {}
    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): self { return $this; }
    public function __destruct() { ($this->onDestruct)(); }
}

$running = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 3000, 'timeout' => 20]);
$first = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 10, 'timeout' => 1, 'query' => ['n' => 'first']]);
$second = $api->chain('v3/emulator/slow/{ms}')->getAsync(['ms' => 10, 'timeout' => 1, 'query' => ['n' => 'second']]);
$late = null;
$first->resolve(new Witness(static function () use ($second, $api, &$late) {
    echo "destructor: cancels the second queued call, makes a new one\n";
    $second->cancel();
    $late = $api->chain('v3/emulator/echo')->getAsync(['query' => ['n' => 'late']]);
}));
foreach (['running' => $running, 'first' => $first, 'second' => $second] as $name => $promise) {
    try {
        $promise->wait();
        echo "$name: fulfilled\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), "\n";
    }
}
echo 'late: ', $late->wait()->getStatusCode(), "\n";
?>
--EXPECT--
destructor: cancels the second queued call, makes a new one
running: fulfilled
first: WeChatPay\Exception\Own\ConnectException
second: WeChatPay\Exception\Own\CancellationException
late: 200
