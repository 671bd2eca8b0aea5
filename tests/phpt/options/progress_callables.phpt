--TEST--
Options: 'progress' takes every kind of callable (closure, invokable object, [$obj, 'method'], a method __call answers, 'Cls::method', __callStatic, a first-class callable, [$closure, '__invoke']), each called with the loop's own copy of it while the transfer runs
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
final class Watcher
{
    public static array $last = [];
    public static int $calls = 0;
    public function __invoke(int ...$counters): void { self::$last['invoke'] = $counters; self::$calls++; }
    public function method(int ...$counters): void { self::$last['method'] = $counters; self::$calls++; }
    public static function staticMethod(int ...$counters): void { self::$last['static'] = $counters; self::$calls++; }
    public function __call(string $name, array $counters): void { self::$last["__call $name"] = $counters; self::$calls++; }
    public static function __callStatic(string $name, array $counters): void { self::$last["__callStatic $name"] = $counters; self::$calls++; }
}
$watcher = new Watcher();
$callables = [
    function (int ...$counters) { Watcher::$last['closure'] = $counters; Watcher::$calls++; },
    $watcher,
    [$watcher, 'method'],
    [$watcher, 'undefined'],
    'Watcher::staticMethod',
    ['Watcher', 'undefinedStatic'],
    $watcher->method(...),
    [function (int ...$counters) { Watcher::$last['closure __invoke'] = $counters; Watcher::$calls++; }, '__invoke'],
];
foreach ($callables as $callable) {
    $client->chain('v3/emulator/big/{n}')->get(['n' => 3000000, 'query' => ['stream' => '1'], 'progress' => $callable]);
}
unset($callables, $watcher);
echo 'called while running too: ', Watcher::$calls > count(Watcher::$last) ? 'yes' : 'no', "\n";
foreach (Watcher::$last as $kind => $counters) {
    echo $kind, ': ', json_encode($counters), "\n";
}
?>
--EXPECT--
called while running too: yes
closure: [0,3000000,0,0]
invoke: [0,3000000,0,0]
method: [0,3000000,0,0]
__call undefined: [0,3000000,0,0]
static: [0,3000000,0,0]
__callStatic undefinedStatic: [0,3000000,0,0]
closure __invoke: [0,3000000,0,0]
