--TEST--
AES and Hash: a caller with strict_types=1 gets the TypeError a userland method gives it (no int, float, bool or Stringable for a string)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
declare(strict_types=1);

use WeChatPay\Crypto\{AesGcm, Hash};

class Mirror
{
    public static function encrypt(string $plaintext, string $key, string $iv = '', string $aad = ''): string { return ''; }
    public static function hmac(string $thing, string $key, string $algorithm = 'sha256'): string { return ''; }
}
class Text { public function __toString(): string { return 'text'; } }

function call(string $class, string $method, array $args): string
{
    try {
        $class::$method(...$args);
        return 'accepted';
    } catch (TypeError $e) {
        return get_class($e) . ': ' . str_replace($class . '::', 'C::', $e->getMessage());
    } catch (Exception $e) {
        return 'accepted';
    }
}

$k = str_repeat('k', 32);
foreach ([
    [AesGcm::class, 'encrypt', [123, $k]],
    [AesGcm::class, 'encrypt', ['x', 1.5]],
    [AesGcm::class, 'encrypt', ['x', $k, true]],
    [AesGcm::class, 'encrypt', [new Text, $k]],
    [AesGcm::class, 'encrypt', ['x', $k, '123456789012', 'aad']],
    [Hash::class, 'hmac', ['x', 'k', 256]],
] as [$class, $method, $args]) {
    $ours = call($class, $method, $args);
    echo $ours === call(Mirror::class, $method, $args) ? '' : "DIFFERS\n", $ours, "\n";
}
?>
--EXPECTF--
TypeError: C::encrypt(): Argument #1 ($plaintext) must be of type string, int given, called in %s on line %d
TypeError: C::encrypt(): Argument #2 ($key) must be of type string, float given, called in %s on line %d
TypeError: C::encrypt(): Argument #3 ($iv) must be of type string, bool given, called in %s on line %d
TypeError: C::encrypt(): Argument #1 ($plaintext) must be of type string, Text given, called in %s on line %d
accepted
TypeError: C::hmac(): Argument #3 ($algorithm) must be of type string, int given, called in %s on line %d
