--TEST--
Rsa::sign(): Base64 of exactly the bytes openssl_sign(..., OPENSSL_ALGO_SHA256) makes, for every key form and message
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$messages = ['', 'a', "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n",
    'hello wechatpay 你好 微信支付', "bin\0ary\xff\xfe", str_repeat('0123456789', 10000)];
$want = [];
foreach ($messages as $i => $m) {
    openssl_sign($m, $sig, $f['private_obj'], OPENSSL_ALGO_SHA256);
    $want[$i] = base64_encode($sig);
}
$stringable = new class($f['pkcs1']) { public function __construct(private string $pem) {} public function __toString(): string { return $this->pem; } };
$keys = [
    'key object' => $f['private_obj'],
    'Rsa::from() object' => Rsa::from($f['pkcs8']),
    'PKCS#8 PEM' => $f['pkcs8'],
    'PKCS#1 PEM' => $f['pkcs1'],
    'PKCS#8 file://' => $f['pkcs8_path'],
    'PKCS#1 file://' => $f['pkcs1_path'],
    '[encrypted PEM, passphrase]' => [$f['encrypted'], 'wxp-pass'],
    '[encrypted file://, passphrase]' => [$f['encrypted_path'], 'wxp-pass'],
    '[PEM, ""]' => [$f['pkcs8'], ''],
    'PEM after a certificate' => $f['cert'] . $f['pkcs8'],
    'Stringable' => $stringable,
];
foreach ($keys as $name => $key) {
    $same = 0;
    foreach ($messages as $i => $m) {
        // twice: the second call uses what the first left in the key cache
        $same += Rsa::sign($m, $key) === $want[$i] && Rsa::sign($m, $key) === $want[$i];
    }
    printf("%-32s %d of %d messages signed as openssl_sign does\n", $name, $same, count($messages));
}
var_dump(strlen($want[0]), (bool) preg_match('#^[A-Za-z0-9+/]{342}==$#', $want[0]));
var_dump(openssl_verify($messages[3], base64_decode(Rsa::sign($messages[3], $f['pkcs8'])), $f['spki'], OPENSSL_ALGO_SHA256));
?>
--EXPECT--
key object                       6 of 6 messages signed as openssl_sign does
Rsa::from() object               6 of 6 messages signed as openssl_sign does
PKCS#8 PEM                       6 of 6 messages signed as openssl_sign does
PKCS#1 PEM                       6 of 6 messages signed as openssl_sign does
PKCS#8 file://                   6 of 6 messages signed as openssl_sign does
PKCS#1 file://                   6 of 6 messages signed as openssl_sign does
[encrypted PEM, passphrase]      6 of 6 messages signed as openssl_sign does
[encrypted file://, passphrase]  6 of 6 messages signed as openssl_sign does
[PEM, ""]                        6 of 6 messages signed as openssl_sign does
PEM after a certificate          6 of 6 messages signed as openssl_sign does
Stringable                       6 of 6 messages signed as openssl_sign does
int(344)
bool(true)
int(1)
