--TEST--
Rsa::from(..., KEY_TYPE_PUBLIC): every public key and certificate form gives an OpenSSLAsymmetricKey of that key
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$want = rsa_modulus($f['spki']);
openssl_sign('m', $sig, $f['private_obj'], OPENSSL_ALGO_SHA256);
$inputs = [
    'SPKI PEM' => $f['spki'],
    'PKCS#1 PEM (RSA PUBLIC KEY)' => $f['pkcs1_public'],
    'PKCS#1 PEM, CRLF lines' => $f['pkcs1_public_crlf'],
    'PKCS#1 PEM, text around it' => "issued 2024\n" . $f['pkcs1_public'] . "# end\n",
    'X.509 PEM' => $f['cert'],
    'SPKI file://' => $f['spki_path'],
    'PKCS#1 public file://' => $f['pkcs1_public_path'],
    'X.509 file://' => $f['cert_path'],
    'public.spki://' => 'public.spki://' . $f['spki_b64'],
    'public.pkcs1://' => 'public.pkcs1://' . $f['pkcs1_public_b64'],
    'public key object' => $f['public_obj'],
    'certificate object' => $f['cert_obj'],
    '[PEM, passphrase]' => [$f['spki'], 'unused'],
    // Rsa's own rewriting shows: a PKCS#1 public block is taken out of the text and loaded alone, so a
    // certificate before it (which openssl_pkey_get_public() alone would prefer) is ignored ...
    'cert of other key, PKCS#1' => $f['other_cert'] . $f['pkcs1_public'],
    // ... while an SPKI block is left in the text as it is, where the certificate wins
    'cert of other key, SPKI' => $f['other_cert'] . $f['spki'],
];
foreach ($inputs as $name => $thing) {
    $key = Rsa::from($thing, Rsa::KEY_TYPE_PUBLIC);
    $details = openssl_pkey_get_details($key);
    printf("%-28s %s private=%s same=%s verifies=%s\n", $name, get_class($key),
        var_export(isset($details['rsa']['d']), true), var_export(bin2hex($details['rsa']['n']) === $want, true),
        var_export(openssl_verify('m', $sig, $key, OPENSSL_ALGO_SHA256) === 1, true));
}
// round trips across forms: public PEM of a loaded key -> SPKI Base64 -> key -> PKCS#1 Base64 -> key
$spkiB64 = rsa_pem_body(openssl_pkey_get_details(Rsa::from($f['cert'], Rsa::KEY_TYPE_PUBLIC))['key']);
var_dump($spkiB64 === $f['spki_b64']);
$pkcs1B64 = base64_encode(rsa_spki_to_pkcs1(base64_decode($spkiB64)));
var_dump(rsa_modulus(Rsa::from('public.pkcs1://' . $pkcs1B64, Rsa::KEY_TYPE_PUBLIC)) === $want);
var_dump(Rsa::pkcs1ToSpki($pkcs1B64) === $spkiB64);
?>
--EXPECT--
SPKI PEM                     OpenSSLAsymmetricKey private=false same=true verifies=true
PKCS#1 PEM (RSA PUBLIC KEY)  OpenSSLAsymmetricKey private=false same=true verifies=true
PKCS#1 PEM, CRLF lines       OpenSSLAsymmetricKey private=false same=true verifies=true
PKCS#1 PEM, text around it   OpenSSLAsymmetricKey private=false same=true verifies=true
X.509 PEM                    OpenSSLAsymmetricKey private=false same=true verifies=true
SPKI file://                 OpenSSLAsymmetricKey private=false same=true verifies=true
PKCS#1 public file://        OpenSSLAsymmetricKey private=false same=true verifies=true
X.509 file://                OpenSSLAsymmetricKey private=false same=true verifies=true
public.spki://               OpenSSLAsymmetricKey private=false same=true verifies=true
public.pkcs1://              OpenSSLAsymmetricKey private=false same=true verifies=true
public key object            OpenSSLAsymmetricKey private=false same=true verifies=true
certificate object           OpenSSLAsymmetricKey private=false same=true verifies=true
[PEM, passphrase]            OpenSSLAsymmetricKey private=false same=true verifies=true
cert of other key, PKCS#1    OpenSSLAsymmetricKey private=false same=true verifies=true
cert of other key, SPKI      OpenSSLAsymmetricKey private=false same=false verifies=false
bool(true)
bool(true)
bool(true)
