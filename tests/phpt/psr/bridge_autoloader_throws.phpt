--TEST--
PSR-7 bridge: an exception thrown by an autoloader during the lookup reaches the caller; nothing is cached
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));

$loader = function (string $class): void {
    echo "autoload $class\n";
    throw new LogicException("cannot load $class");
};
spl_autoload_register($loader);
try {
    $i->v3->emulator->echo->get();
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(interface_exists('Psr\Http\Message\ResponseInterface', false));

// Once the autoloader behaves, the next call resolves the interfaces afresh (here: the fallback).
spl_autoload_unregister($loader);
$r = $i->v3->emulator->echo->get();
var_dump($r instanceof Psr\Http\Message\ResponseInterface,
    (new ReflectionClass('Psr\Http\Message\ResponseInterface'))->getFileName());
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface
LogicException: cannot load Psr\Http\Message\ResponseInterface
bool(false)
bool(true)
string(22) "wechatpay PSR-7 bridge"
