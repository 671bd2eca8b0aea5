--TEST--
Rsa::verify(): true exactly when openssl_verify(..., OPENSSL_ALGO_SHA256) returns 1, for every public key form
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$m = "1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{\"data\":[]}\n";
openssl_sign($m, $raw, $f['private_obj'], OPENSSL_ALGO_SHA256);
$good = base64_encode($raw);
$tampered = $raw;
$tampered[100] = chr(ord($tampered[100]) ^ 1);
openssl_sign($m, $otherRaw, $f['other_private'], OPENSSL_ALGO_SHA256);
$signatures = [
    'good' => $good,
    'good, in lines' => chunk_split($good, 64, "\n"),
    'good, stray characters' => "*$good*",
    'bit flipped' => base64_encode($tampered),
    'truncated' => base64_encode(substr($raw, 0, -1)),
    'other key' => base64_encode($otherRaw),
    'empty' => '',
    'not Base64' => '!!!!',
];
$stringable = new class($f['spki']) { public function __construct(private string $pem) {} public function __toString(): string { return $this->pem; } };
$keys = [
    'public key object' => $f['public_obj'],
    'certificate object' => $f['cert_obj'],
    'Rsa::from() object' => Rsa::from($f['pkcs1_public'], Rsa::KEY_TYPE_PUBLIC),
    'SPKI PEM' => $f['spki'],
    'PKCS#1 public PEM' => $f['pkcs1_public'],
    'certificate PEM' => $f['cert'],
    'SPKI file://' => $f['spki_path'],
    'certificate file://' => $f['cert_path'],
    '[PEM, passphrase]' => [$f['spki'], 'unused'],
    'Stringable' => $stringable,
];
foreach ($keys as $name => $key) {
    $row = [];
    foreach ($signatures as $sig) {
        $want = openssl_verify($m, base64_decode($sig), $key, OPENSSL_ALGO_SHA256) === 1;
        $got = Rsa::verify($m, $sig, $key);
        $again = Rsa::verify($m, $sig, $key);
        $row[] = ($got === $want && $again === $want) ? ($got ? 'T' : 'f') : 'MISMATCH';
    }
    printf("%-22s %s\n", $name, implode(' ', $row));
}
// another message, or the right message with a changed byte, does not verify
var_dump(Rsa::verify($m . ' ', $good, $f['public_obj']), Rsa::verify(strtoupper($m), $good, $f['spki']));
var_dump(Rsa::verify($m, $good, $f['public_obj']));
?>
--EXPECT--
public key object      T T T f f f f f
certificate object     T T T f f f f f
Rsa::from() object     T T T f f f f f
SPKI PEM               T T T f f f f f
PKCS#1 public PEM      T T T f f f f f
certificate PEM        T T T f f f f f
SPKI file://           T T T f f f f f
certificate file://    T T T f f f f f
[PEM, passphrase]      T T T f f f f f
Stringable             T T T f f f f f
bool(false)
bool(false)
bool(true)
