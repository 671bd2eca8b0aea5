--TEST--
Exit: a then() callback answered by __call (called with the name and the arguments, as the engine's trampoline would) that throws rejects its promise; one that calls exit() ends the script there (shutdown functions run, later callbacks and code do not), nothing leaked
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Promise;

final class Magic
{
    public function __call($name, $args)
    {
        echo "__call $name\n";
        if ($name === 'fail') {
            throw new DomainException('thrown by __call');
        }
        exit(0);
    }
}

register_shutdown_function(static function () { echo "shutdown function\n"; });
$p = new Promise();
$failed = $p->then([new Magic(), 'fail']);
$p->resolve('v');
try {
    $failed->wait();
} catch (DomainException $e) {
    echo "rejected: ", $e->getMessage(), "\n";
}
$q = new Promise();
$exits = $q->then([new Magic(), 'leave'])->then(static fn() => print("next callback: must not run\n"));
$q->resolve('v');
$exits->wait();
echo "after wait: must not run\n";
?>
--EXPECT--
__call fail
rejected: thrown by __call
__call leave
shutdown function
