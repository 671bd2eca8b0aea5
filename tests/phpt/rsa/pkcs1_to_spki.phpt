--TEST--
Rsa::pkcs1ToSpki(): Base64 PKCS#1 RSAPublicKey in, Base64 SPKI out, wrapped as given (never parsed)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
// real keys: the result is exactly the SPKI that OpenSSL writes for the key
var_dump(Rsa::pkcs1ToSpki($f['pkcs1_public_b64']) === $f['spki_b64']);
$other = rsa_pem_body($f['other_public']);
var_dump(Rsa::pkcs1ToSpki(base64_encode(rsa_spki_to_pkcs1(base64_decode($other)))) === $other);
// the input is read by the lenient base64_decode(): line breaks and stray characters are skipped
var_dump(Rsa::pkcs1ToSpki(chunk_split($f['pkcs1_public_b64'], 64, "\r\n")) === $f['spki_b64']);
var_dump(Rsa::pkcs1ToSpki(" *" . $f['pkcs1_public_b64'] . "*\n") === $f['spki_b64']);
// nothing is checked: anything is wrapped, with DER lengths in their short and long forms (0x80 | n, then n
// bytes: 110 bytes make a 128-byte body, the first long form)
foreach (['' => 0, 'AA==' => 1, base64_encode(str_repeat("\x5a", 110)) => 110,
          base64_encode(str_repeat("\x5a", 111)) => 111, base64_encode(str_repeat("\x5a", 200)) => 200,
          base64_encode(str_repeat("\x5a", 255)) => 255, base64_encode(str_repeat("\x5a", 70000)) => 70000] as $in => $n) {
    $der = base64_decode(Rsa::pkcs1ToSpki((string) $in));
    printf("%5d bytes -> %5d: %s ... %s\n", $n, strlen($der), bin2hex(substr($der, 0, 24)), bin2hex(substr($der, -2)));
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
    0 bytes ->    20: 3012300d06092a864886f70d0101010500030100 ... 0100
    1 bytes ->    21: 3013300d06092a864886f70d010101050003020000 ... 0000
  110 bytes ->   131: 308180300d06092a864886f70d0101010500036f005a5a5a ... 5a5a
  111 bytes ->   132: 308181300d06092a864886f70d01010105000370005a5a5a ... 5a5a
  200 bytes ->   222: 3081db300d06092a864886f70d01010105000381c9005a5a ... 5a5a
  255 bytes ->   279: 30820113300d06092a864886f70d01010105000382010000 ... 5a5a
70000 bytes -> 70026: 3083011185300d06092a864886f70d010101050003830111 ... 5a5a
