--TEST--
AES and Hash: arguments are checked as PHP checks a userland method's (the package's are userland): same TypeError, ArgumentCountError and named-argument errors, extra arguments ignored
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\{AesGcm, AesEcb, Hash};

// userland methods with the package's signatures: PHP's own checks are the reference
class Mirror
{
    public static function encrypt(string $plaintext, string $key, string $iv = '', string $aad = ''): string { return ''; }
    public static function decrypt(string $ciphertext, string $key, string $iv = ''): string { return ''; }
    public static function md5(string $thing, string $key = '', $agency = false): string { return ''; }
    public static function hmac(string $thing, string $key, string $algorithm = 'sha256'): string { return ''; }
    public static function equals(string $known_string, ?string $user_string = null): bool { return false; }
}
class Text { public function __toString(): string { return 'text'; } }
class Boom { public function __toString(): string { throw new LogicException('boom'); } }

/** "accepted" when the arguments got through (whatever the method then did), else the error, class names evened out. */
function call(string $class, string $method, array $args): string
{
    try {
        $class::$method(...$args);
        return 'accepted';
    } catch (ValueError $e) {
        return 'accepted';
    } catch (TypeError | ArgumentCountError | Error | LogicException $e) {
        return get_class($e) . ': ' . str_replace($class . '::', 'C::', $e->getMessage());
    } catch (Exception $e) {
        return 'accepted';
    }
}

$k = str_repeat('k', 32);
$cases = [
    [AesGcm::class, 'encrypt', [null, $k]],
    [AesGcm::class, 'encrypt', ['x', null]],
    [AesGcm::class, 'encrypt', ['x', $k, null]],
    [AesGcm::class, 'encrypt', ['x', $k, 'iv', []]],
    [AesGcm::class, 'encrypt', [new stdClass, $k]],
    [AesGcm::class, 'encrypt', [new Text, $k, 123456789012]],
    [AesGcm::class, 'encrypt', [1.5, $k, true]],
    [AesGcm::class, 'encrypt', [new Boom, $k]],
    [AesGcm::class, 'encrypt', []],
    [AesGcm::class, 'encrypt', ['x']],
    [AesGcm::class, 'encrypt', ['x', $k, '123456789012', '', 'extra', 'arguments']],
    [AesGcm::class, 'encrypt', ['plaintext' => 'x', 'key' => $k, 'aad' => 'a']],
    [AesGcm::class, 'encrypt', ['key' => $k]],
    [AesGcm::class, 'encrypt', ['x', $k, 'nope' => 1]],
    [AesGcm::class, 'encrypt', ['x', 'plaintext' => 'y']],
    [AesEcb::class, 'decrypt', [null, $k]],
    [AesEcb::class, 'decrypt', ['x']],
    [AesEcb::class, 'decrypt', ['ciphertext' => 'x', 'key' => $k, 'iv' => null]],
    [Hash::class, 'md5', []],
    [Hash::class, 'md5', [null]],
    [Hash::class, 'md5', ['x', 'k', ['any' => 'value']]],
    [Hash::class, 'md5', ['x', 'k', null, 'extra']],
    [Hash::class, 'hmac', ['x']],
    [Hash::class, 'hmac', ['x', 'k', null]],
    [Hash::class, 'hmac', ['x', 'k', 5]],
    [Hash::class, 'equals', [null]],
    [Hash::class, 'equals', ['a', null]],
    [Hash::class, 'equals', ['a', []]],
    [Hash::class, 'equals', ['known_string' => 'a']],
    [Hash::class, 'equals', ['user_string' => 'a']],
];
foreach ($cases as [$class, $method, $args]) {
    $ours = call($class, $method, $args);
    $userland = call(Mirror::class, $method, $args);
    echo $ours === $userland ? '' : "DIFFERS (userland: $userland)\n", substr(strrchr($class, '\\'), 1), "::$method: $ours\n";
}

// called back by internal code (array_map), the message has no "called in ...", as for userland
$a = wxp_outcome_of(static fn() => array_map([Hash::class, 'md5'], [null]));
$b = wxp_outcome_of(static fn() => array_map([Mirror::class, 'md5'], [null]));
var_dump($a === str_replace('Mirror::', 'WeChatPay\\Crypto\\Hash::', $b), $a);
function wxp_outcome_of(callable $fn): string
{
    try {
        $fn();
        return 'accepted';
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}
?>
--EXPECTF--
AesGcm::encrypt: TypeError: C::encrypt(): Argument #1 ($plaintext) must be of type string, null given, called in %s on line %d
AesGcm::encrypt: TypeError: C::encrypt(): Argument #2 ($key) must be of type string, null given, called in %s on line %d
AesGcm::encrypt: TypeError: C::encrypt(): Argument #3 ($iv) must be of type string, null given, called in %s on line %d
AesGcm::encrypt: TypeError: C::encrypt(): Argument #4 ($aad) must be of type string, array given, called in %s on line %d
AesGcm::encrypt: TypeError: C::encrypt(): Argument #1 ($plaintext) must be of type string, stdClass given, called in %s on line %d
AesGcm::encrypt: accepted
AesGcm::encrypt: accepted
AesGcm::encrypt: LogicException: boom
AesGcm::encrypt: ArgumentCountError: Too few arguments to function C::encrypt(), 0 passed in %s on line %d and at least 2 expected
AesGcm::encrypt: ArgumentCountError: Too few arguments to function C::encrypt(), 1 passed in %s on line %d and at least 2 expected
AesGcm::encrypt: accepted
AesGcm::encrypt: accepted
AesGcm::encrypt: ArgumentCountError: C::encrypt(): Argument #1 ($plaintext) not passed
AesGcm::encrypt: Error: Unknown named parameter $nope
AesGcm::encrypt: Error: Named parameter $plaintext overwrites previous argument
AesEcb::decrypt: TypeError: C::decrypt(): Argument #1 ($ciphertext) must be of type string, null given, called in %s on line %d
AesEcb::decrypt: ArgumentCountError: Too few arguments to function C::decrypt(), 1 passed in %s on line %d and at least 2 expected
AesEcb::decrypt: TypeError: C::decrypt(): Argument #3 ($iv) must be of type string, null given, called in %s on line %d
Hash::md5: ArgumentCountError: Too few arguments to function C::md5(), 0 passed in %s on line %d and at least 1 expected
Hash::md5: TypeError: C::md5(): Argument #1 ($thing) must be of type string, null given, called in %s on line %d
Hash::md5: accepted
Hash::md5: accepted
Hash::hmac: ArgumentCountError: Too few arguments to function C::hmac(), 1 passed in %s on line %d and at least 2 expected
Hash::hmac: TypeError: C::hmac(): Argument #3 ($algorithm) must be of type string, null given, called in %s on line %d
Hash::hmac: accepted
Hash::equals: TypeError: C::equals(): Argument #1 ($known_string) must be of type string, null given, called in %s on line %d
Hash::equals: accepted
Hash::equals: TypeError: C::equals(): Argument #2 ($user_string) must be of type ?string, array given, called in %s on line %d
Hash::equals: accepted
Hash::equals: ArgumentCountError: C::equals(): Argument #1 ($known_string) not passed
bool(true)
string(%d) "TypeError: WeChatPay\Crypto\Hash::md5(): Argument #1 ($thing) must be of type string, null given"
