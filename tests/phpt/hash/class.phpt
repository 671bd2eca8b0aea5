--TEST--
Hash: constants (also WeChatPay\Crypto\ALGO_MD5 and ALGO_HMAC_SHA256, as the package's file defines them), static methods with the package's parameters, extendable
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
use WeChatPay\Crypto\Hash;

var_dump(Hash::ALGO_MD5, Hash::ALGO_HMAC_SHA256, \WeChatPay\Crypto\ALGO_MD5, \WeChatPay\Crypto\ALGO_HMAC_SHA256);
var_dump(defined('WeChatPay\Crypto\ALGO_MD5'), defined('wechatpay\crypto\ALGO_HMAC_SHA256'));
$c = new ReflectionClass(Hash::class);
var_dump($c->isFinal(), $c->isAbstract(), $c->getInterfaceNames());
foreach ($c->getMethods() as $m) {
    $params = [];
    foreach ($m->getParameters() as $p) {
        $params[] = ($p->getAttributes(SensitiveParameter::class) ? '#[SensitiveParameter] ' : '') . $p->getType()
            . ' $' . $p->getName() . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    printf("%s%s(%s): %s\n", $m->isStatic() ? 'static ' : '', $m->getName(), implode(', ', $params), $m->getReturnType());
}
?>
--EXPECT--
string(3) "MD5"
string(11) "HMAC-SHA256"
string(3) "MD5"
string(11) "HMAC-SHA256"
bool(true)
bool(true)
bool(false)
bool(false)
array(0) {
}
static md5(string $thing, #[SensitiveParameter] string $key = '', mixed $agency = false): string
static hmac(string $thing, #[SensitiveParameter] string $key, string $algorithm = 'sha256'): string
static equals(#[SensitiveParameter] string $known_string, #[SensitiveParameter] ?string $user_string = NULL): bool
static sign(string $type, string $data, #[SensitiveParameter] string $key): ?string
