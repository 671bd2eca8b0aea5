--TEST--
Rsa: the class has wechatpay-php 1.4.12's constants, methods, parameter names, defaults and return types
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\Rsa;

$class = new ReflectionClass(Rsa::class);
var_dump($class->getName(), $class->isInternal(), $class->getConstants());
var_dump(Rsa::KEY_TYPE_PUBLIC, Rsa::KEY_TYPE_PRIVATE);
foreach ($class->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = ($p->hasType() ? $p->getType() . ' ' : '') . '$' . $p->getName()
            . ($p->isOptional() ? ' = ' . $p->getDefaultValueConstantName() : '')
            . ($p->getAttributes(SensitiveParameter::class) ? ' #[SensitiveParameter]' : '');
    }
    printf("%s%s(%s)%s\n", $method->isStatic() ? 'static ' : '', $method->getName(), implode(', ', $params),
        $method->hasReturnType() ? ': ' . $method->getReturnType() : '');
}
// the defaults resolve to the documented values
$from = new ReflectionMethod(Rsa::class, 'from');
var_dump($from->getParameters()[1]->getDefaultValue());
$encrypt = new ReflectionMethod(Rsa::class, 'encrypt');
var_dump($encrypt->getParameters()[2]->getDefaultValue() === OPENSSL_PKCS1_OAEP_PADDING);
?>
--EXPECT--
string(20) "WeChatPay\Crypto\Rsa"
bool(true)
array(2) {
  ["KEY_TYPE_PUBLIC"]=>
  string(6) "public"
  ["KEY_TYPE_PRIVATE"]=>
  string(7) "private"
}
string(6) "public"
string(7) "private"
static pkcs1ToSpki(string $thing #[SensitiveParameter]): string
static fromPkcs8(string $thing #[SensitiveParameter])
static fromPkcs1(string $thing #[SensitiveParameter], string $type = WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE)
static fromSpki(string $thing #[SensitiveParameter])
static from($thing #[SensitiveParameter], string $type = WeChatPay\Crypto\Rsa::KEY_TYPE_PRIVATE)
static encrypt(string $plaintext #[SensitiveParameter], $publicKey #[SensitiveParameter], int $padding = OPENSSL_PKCS1_OAEP_PADDING): string
static verify(string $message, string $signature, $publicKey #[SensitiveParameter]): bool
static sign(string $message, $privateKey #[SensitiveParameter]): string
static decrypt(string $ciphertext, $privateKey #[SensitiveParameter], int $padding = OPENSSL_PKCS1_OAEP_PADDING): string
string(7) "private"
bool(true)
