--TEST--
Async failures: an exception thrown by the app's own code while the options are read (a Stringable body's __toString(), a JsonSerializable in 'json') rejects the promise with that very exception, as the sync call throws it; nothing is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

$thrown = new DomainException('cannot read the body');
$body = new class($thrown) {
    public function __construct(private Throwable $e) {}
    public function __toString(): string { throw $this->e; }
};
$json = new class implements JsonSerializable {
    public function jsonSerialize(): mixed { throw new LengthException('cannot serialize'); }
};
foreach ([['body' => $body], ['json' => ['nested' => $json]]] as $options) {
    try {
        $client->chain('v3/emulator/echo')->post($options);
        echo "sync: sent\n";
    } catch (Throwable $e) {
        echo 'sync: ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    try {
        $promise = $client->chain('v3/emulator/echo')->postAsync($options);
    } catch (Throwable $e) {
        echo 'postAsync() threw ', get_class($e), "\n";
        continue;
    }
    try {
        $promise->wait();
        echo "async: fulfilled\n";
    } catch (Throwable $e) {
        echo 'async: ', get_class($e), ': ', $e->getMessage(), "\n";
        if (isset($options['body'])) {
            var_dump($e === $thrown);
        }
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
sync: DomainException: cannot read the body
async: DomainException: cannot read the body
bool(true)
sync: LengthException: cannot serialize
async: LengthException: cannot serialize
int(0)
