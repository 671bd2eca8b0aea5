--TEST--
Rsa: keys and plaintexts are #[\SensitiveParameter]s, never shown in exception traces (zend.exception_ignore_args=0)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$secret = 'S3CR3T-' . bin2hex(random_bytes(8));
$privateLine = explode("\n", $f['pkcs8'])[1];
$calls = [
    'from' => fn() => Rsa::from("$secret not a key"),
    'from public' => fn() => Rsa::from("$secret not a key", Rsa::KEY_TYPE_PUBLIC),
    'fromPkcs8' => fn() => Rsa::fromPkcs8($secret),
    'fromPkcs1' => fn() => Rsa::fromPkcs1($secret, Rsa::KEY_TYPE_PUBLIC),
    'fromSpki' => fn() => Rsa::fromSpki($secret),
    'sign' => fn() => Rsa::sign('message', "$secret not a key"),
    'sign, real key, bad array' => fn() => Rsa::sign('message', [$f['pkcs8']]),
    'verify' => fn() => Rsa::verify('message', 'c2ln', "$secret not a key"),
    'encrypt' => fn() => Rsa::encrypt(str_repeat($secret, 20), $f['spki']),
    'decrypt' => fn() => Rsa::decrypt('Y2lwaGVy', $f['pkcs8']),
    'decrypt, padding' => fn() => Rsa::decrypt('Y2lwaGVy', $f['pkcs8'], OPENSSL_PKCS1_PADDING),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Throwable $e) {
        $trace = $e->getTraceAsString() . print_r($e->getTrace(), true);
        preg_match('/WeChatPay\\\\Crypto\\\\Rsa::[^\n]*/', $e->getTraceAsString(), $m);
        printf("%-26s leaks=%s  %s\n", $name,
            var_export(str_contains($trace, $secret) || str_contains($trace, $privateLine), true), $m[0] ?? 'no Rsa frame');
    }
}
// the other arguments are shown as usual
try {
    Rsa::verify('a message', 'c2ln', null);
} catch (UnexpectedValueException $e) {
    echo $e->getTrace()[0]['args'][0], ' ', $e->getTrace()[0]['args'][1], ' ', get_class($e->getTrace()[0]['args'][2]), "\n";
}
?>
--EXPECT--
from                       leaks=false  WeChatPay\Crypto\Rsa::from(Object(SensitiveParameterValue))
from public                leaks=false  WeChatPay\Crypto\Rsa::from(Object(SensitiveParameterValue), 'public')
fromPkcs8                  leaks=false  WeChatPay\Crypto\Rsa::fromPkcs8(Object(SensitiveParameterValue))
fromPkcs1                  leaks=false  WeChatPay\Crypto\Rsa::fromPkcs1(Object(SensitiveParameterValue), 'public')
fromSpki                   leaks=false  WeChatPay\Crypto\Rsa::fromSpki(Object(SensitiveParameterValue))
sign                       leaks=false  WeChatPay\Crypto\Rsa::sign('message', Object(SensitiveParameterValue))
sign, real key, bad array  leaks=false  WeChatPay\Crypto\Rsa::sign('message', Object(SensitiveParameterValue))
verify                     leaks=false  WeChatPay\Crypto\Rsa::verify('message', 'c2ln', Object(SensitiveParameterValue))
encrypt                    leaks=false  WeChatPay\Crypto\Rsa::encrypt(Object(SensitiveParameterValue), Object(SensitiveParameterValue))
decrypt                    leaks=false  WeChatPay\Crypto\Rsa::decrypt('Y2lwaGVy', Object(SensitiveParameterValue))
decrypt, padding           leaks=false  WeChatPay\Crypto\Rsa::decrypt('Y2lwaGVy', Object(SensitiveParameterValue), 1)
a message c2ln SensitiveParameterValue
