--TEST--
AES: AesInterface's constants and methods; AesGcm and AesEcb implement it, can be extended, and their parameters are wechatpay-php's
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\{AesInterface, AesGcm, AesEcb};

$i = new ReflectionClass(AesInterface::class);
var_dump($i->isInterface());
var_dump($i->getConstants());
foreach ([AesGcm::class, AesEcb::class] as $name) {
    $c = new ReflectionClass($name);
    printf("%s implements AesInterface: %s, final: %s, abstract: %s, BLOCK_SIZE %d, KEY_LENGTH_BYTE %d\n", $name,
        var_export($c->implementsInterface(AesInterface::class), true), var_export($c->isFinal(), true),
        var_export($c->isAbstract(), true), $name::BLOCK_SIZE, $name::KEY_LENGTH_BYTE);
}
var_dump(AesGcm::ALGO_AES_256_GCM, AesEcb::ALGO_AES_256_ECB, in_array(AesGcm::ALGO_AES_256_GCM, openssl_get_cipher_methods(), true));

// name, type, default, #[\SensitiveParameter] of every parameter
foreach ([AesInterface::class, AesGcm::class, AesEcb::class] as $class) {
    foreach (['encrypt', 'decrypt'] as $method) {
        $m = new ReflectionMethod($class, $method);
        $params = [];
        foreach ($m->getParameters() as $p) {
            $params[] = ($p->getAttributes(SensitiveParameter::class) ? '#[SensitiveParameter] ' : '') . $p->getType()
                . ' $' . $p->getName() . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
        }
        printf("%s%s::%s(%s): %s\n", $m->isStatic() ? 'static ' : '', $class, $method, implode(', ', $params), $m->getReturnType());
    }
}

// an app's subclass (the package's classes are not final either)
class MyGcm extends AesGcm {}
var_dump(MyGcm::decrypt(MyGcm::encrypt('x', str_repeat('k', 32), '123456789012'), str_repeat('k', 32), '123456789012'));
?>
--EXPECT--
bool(true)
array(5) {
  ["BLOCK_SIZE"]=>
  int(16)
  ["KEY_LENGTH_BYTE"]=>
  int(32)
  ["AUTH_TAG_LENGTH_BYTE"]=>
  int(16)
  ["ALGO_AES_256_GCM"]=>
  string(11) "aes-256-gcm"
  ["ALGO_AES_256_ECB"]=>
  string(11) "aes-256-ecb"
}
WeChatPay\Crypto\AesGcm implements AesInterface: true, final: false, abstract: false, BLOCK_SIZE 16, KEY_LENGTH_BYTE 32
WeChatPay\Crypto\AesEcb implements AesInterface: true, final: false, abstract: false, BLOCK_SIZE 16, KEY_LENGTH_BYTE 32
string(11) "aes-256-gcm"
string(11) "aes-256-ecb"
bool(true)
static WeChatPay\Crypto\AesInterface::encrypt(#[SensitiveParameter] string $plaintext, #[SensitiveParameter] string $key, string $iv = ''): string
static WeChatPay\Crypto\AesInterface::decrypt(#[SensitiveParameter] string $ciphertext, #[SensitiveParameter] string $key, string $iv = ''): string
static WeChatPay\Crypto\AesGcm::encrypt(#[SensitiveParameter] string $plaintext, #[SensitiveParameter] string $key, string $iv = '', string $aad = ''): string
static WeChatPay\Crypto\AesGcm::decrypt(#[SensitiveParameter] string $ciphertext, #[SensitiveParameter] string $key, string $iv = '', string $aad = ''): string
static WeChatPay\Crypto\AesEcb::encrypt(#[SensitiveParameter] string $plaintext, #[SensitiveParameter] string $key, string $iv = ''): string
static WeChatPay\Crypto\AesEcb::decrypt(#[SensitiveParameter] string $ciphertext, #[SensitiveParameter] string $key, string $iv = ''): string
string(1) "x"
