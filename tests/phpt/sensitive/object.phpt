--TEST--
Sensitive: the object is final, immutable, not serializable or cloneable, made only by encrypt(); it shows only its serial and ciphertext (var_dump, print_r, var_export, json, string), and the plaintext never appears in a trace
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/keys.inc';
$k = wxp_test_keys();
$client = WeChatPay\Builder::factory(wxp_test_config());
$s = WeChatPay\Sensitive::encrypt($client, 'PLAINTEXT-42');
$shown = print_r($s, true) . var_export($s, true) . json_encode([$s]) . $s;
ob_start();
var_dump($s);
$shown .= ob_get_clean();
var_dump(str_contains($shown, 'PLAINTEXT'), $s->getSerial() === $k['platform_serial'], strlen((string) $s));
var_dump(json_encode(['f' => $s]) === json_encode(['f' => (string) $s]), $s->jsonSerialize() === (string) $s);
echo strtr(print_r($s, true), [$s->getSerial() => '<serial>', (string) $s => '<344 Base64>']), "\n";
var_dump((array) $s, get_object_vars($s));
openssl_private_decrypt(base64_decode((string) $s), $plain, file_get_contents($k['platform_private_key']), OPENSSL_PKCS1_OAEP_PADDING);
var_dump($plain);
// OAEP is randomised: the same plaintext twice gives two ciphertexts
var_dump((string) WeChatPay\Sensitive::encrypt($client, 'PLAINTEXT-42') !== (string) $s);

$r = new ReflectionClass(WeChatPay\Sensitive::class);
var_dump($r->isFinal(), $r->implementsInterface(JsonSerializable::class), $r->implementsInterface(Stringable::class), $r->getProperties());
foreach ([
    'serialize' => fn () => serialize($s),
    'unserialize' => fn () => unserialize('O:19:"WeChatPay\Sensitive":0:{}'),
    'clone' => fn () => clone $s,
    'write' => function () use ($s) { $s->serial = 'x'; },
    'new' => fn () => new WeChatPay\Sensitive(),
    'without constructor' => fn () => $r->newInstanceWithoutConstructor(),
    'compare' => fn () => var_dump($s == WeChatPay\Sensitive::encrypt($client, 'PLAINTEXT-42')),
] as $what => $f) {
    try {
        $f();
        echo "$what: allowed\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// the plaintext is a #[\SensitiveParameter]: a trace through encrypt() never shows it
function encryptFor($client) { return WeChatPay\Sensitive::encrypt($client, str_repeat('PLAINTEXT', 30)); }
try {
    encryptFor($client);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
    var_dump(str_contains($e->getTraceAsString(), 'PLAINTEXT'), str_contains((string) $e, 'SensitiveParameterValue'));
}

// refused: no key to encrypt with, an instance the factory did not make
$none = WeChatPay\Builder::factory(wxp_test_config(['certs' => ['any' => null]]));
foreach ([$none, new class implements WeChatPay\BuilderChainable {
    public function offsetGet(mixed $key): WeChatPay\BuilderChainable { return $this; }
    public function offsetExists(mixed $key): bool { return false; }
    public function offsetSet(mixed $key, mixed $value): void {}
    public function offsetUnset(mixed $key): void {}
    public function chain(string|int $segment): WeChatPay\BuilderChainable { return $this; }
    public function getDriver(): WeChatPay\ClientDecoratorInterface { throw new LogicException(); }
    public function get(array $options = []): mixed { return null; }
    public function put(array $options = []): mixed { return null; }
    public function post(array $options = []): mixed { return null; }
    public function patch(array $options = []): mixed { return null; }
    public function delete(array $options = []): mixed { return null; }
    public function getAsync(array $options = []): mixed { return null; }
    public function putAsync(array $options = []): mixed { return null; }
    public function postAsync(array $options = []): mixed { return null; }
    public function patchAsync(array $options = []): mixed { return null; }
    public function deleteAsync(array $options = []): mixed { return null; }
}] as $instance) {
    try {
        WeChatPay\Sensitive::encrypt($instance, 'x');
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo preg_replace('/@anonymous\S*/', '@anonymous', $e->getMessage()), "\n";
    }
}
?>
--EXPECTF--
bool(false)
bool(true)
int(344)
bool(true)
bool(true)
WeChatPay\Sensitive Object
(
    [serial] => <serial>
    [ciphertext] => <344 Base64>
)

array(0) {
}
array(0) {
}
string(12) "PLAINTEXT-42"
bool(true)
bool(true)
bool(true)
bool(true)
array(0) {
}
serialize: Exception: Serialization of 'WeChatPay\Sensitive' is not allowed
unserialize: Exception: Unserialization of 'WeChatPay\Sensitive' is not allowed
clone: Error: Trying to clone an uncloneable object of class WeChatPay\Sensitive
write: Error: Cannot create dynamic property WeChatPay\Sensitive::$serial
new: Error: Call to private WeChatPay\Sensitive::__construct() from global scope
without constructor: ReflectionException: Class WeChatPay\Sensitive is an internal class marked as final that cannot be instantiated without invoking its constructor
bool(false)
compare: allowed
Sensitive::encrypt(): the plaintext is 270 bytes, RSA-OAEP under key %s (2048 bits) takes at most 214
bool(false)
bool(true)
Sensitive::encrypt(): config 'certs' holds no platform certificate or WeChat Pay public key (PUB_KEY_ID_...) to encrypt with
Sensitive::encrypt() takes a client made by WeChatPay\Builder::factory(), WeChatPay\BuilderChainable@anonymous given
