--TEST--
Rsa::from(): file://, PEM text and pseudo-scheme keys are parsed once per process (Pool::stats() key_parses), keyed by content; [pem, passphrase] keyed by both (a wrong passphrase never gets the decrypted key); the objects are PHP's own and openssl_* functions work on them; key objects stay with PHP; PEM strings given to sign/verify/encrypt/decrypt hit the cache too
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
$parses = static fn(): int => WeChatPay\Pool::stats()['key_parses'];
// Each form twice: the parses each call cost. The first form of a key parses it; another form giving the
// same bytes to parse (the file's text as PEM, the pseudo-scheme rebuilding the same PEM) parses nothing.
$forms = [
    'file:// PKCS#8' => [$f['pkcs8_path'], 'private'],
    'PKCS#8 PEM (same bytes)' => [$f['pkcs8'], 'private'],
    'private.pkcs8://' => ['private.pkcs8://' . $f['pkcs8_b64'], 'private'],
    'file:// PKCS#1' => [$f['pkcs1_path'], 'private'],
    'PKCS#1 PEM (same bytes)' => [$f['pkcs1'], 'private'],
    'private.pkcs1://' => ['private.pkcs1://' . $f['pkcs1_b64'], 'private'],
    'file:// SPKI' => [$f['spki_path'], 'public'],
    'public.spki://' => ['public.spki://' . $f['spki_b64'], 'public'],
    'PKCS#1 public PEM' => [$f['pkcs1_public'], 'public'],
    'public.pkcs1://' => ['public.pkcs1://' . $f['pkcs1_public_b64'], 'public'],
    'file:// certificate' => [$f['cert_path'], 'public'],
    'certificate PEM (same bytes)' => [$f['cert'], 'public'],
    'same PEM as private' => [$f['cert'], 'private'],
    '[encrypted, passphrase]' => [[$f['encrypted'], 'wxp-pass'], 'private'],
    'private key object' => [$f['private_obj'], 'private'],
    'certificate object' => [$f['cert_obj'], 'public'],
];
$keys = [];
foreach ($forms as $name => [$thing, $type]) {
    $cost = [];
    for ($i = 0; $i < 2; $i++) {
        $before = $parses();
        try {
            $keys[$name] = Rsa::from($thing, $type);
            $what = get_class($keys[$name]);
        } catch (UnexpectedValueException $e) {
            $what = $e->getMessage();
        }
        $cost[] = $parses() - $before;
    }
    printf("%-30s parses %s  %s\n", $name, implode(',', $cost), $what);
}
echo "cached keys: ", WeChatPay\Pool::stats()['keys_cached'], "\n";

// PHP's own objects: openssl_sign(), openssl_verify(), openssl_pkey_get_details(), openssl_pkey_export()
foreach ($keys as $name => $key) {
    $d = openssl_pkey_get_details($key);
    $private = isset($d['rsa']['d']);
    $same = bin2hex($d['rsa']['n']) === $want;
    if ($private) {
        $ok = openssl_sign("message", $sig, $key, OPENSSL_ALGO_SHA256)
            && openssl_verify("message", $sig, $f['spki'], OPENSSL_ALGO_SHA256) === 1
            && Rsa::verify("message", Rsa::sign("message", $key), $f['spki'])
            && openssl_pkey_export($key, $out) && str_starts_with($out, '-----BEGIN PRIVATE KEY-----');
    } else {
        openssl_sign("message", $sig, $f['pkcs8'], OPENSSL_ALGO_SHA256);
        $ok = openssl_verify("message", $sig, $key, OPENSSL_ALGO_SHA256) === 1
            && openssl_public_encrypt("secret", $enc, $key, OPENSSL_PKCS1_OAEP_PADDING)
            && Rsa::decrypt(base64_encode($enc), $f['pkcs8']) === "secret";
    }
    printf("%-30s private=%s same=%s works=%s\n", $name, var_export($private, true), var_export($same, true),
        var_export($ok, true));
}
// a private key object is no public key for PHP either (its is_private flag)
var_dump(@openssl_pkey_get_public($keys['file:// PKCS#8']));
var_dump(@openssl_verify("message", $sig, $keys['file:// PKCS#8'], OPENSSL_ALGO_SHA256));
// the passphrase is part of the entry's key: a wrong one, or none, after the right one is refused as PHP refuses it
foreach ([[$f['encrypted'], 'wrong-pass'], [$f['encrypted'], ''], $f['encrypted']] as $i => $thing) {
    $before = $parses();
    echo "wrong passphrase $i: ", rsa_thrown(fn() => Rsa::from($thing)), " parses ", $parses() - $before, "\n";
}
// PEM strings given to sign/verify/encrypt/decrypt: a key not seen before is parsed at its first use, then never
// again (before, each call parsed it outside the cache: parses stayed 0 however many calls)
$fresh = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
openssl_pkey_export($fresh, $freshPem);
$freshPublic = openssl_pkey_get_details($fresh)['key'];
$before = $parses();
for ($i = 0; $i < 3; $i++) {
    $ok = Rsa::verify("m$i", Rsa::sign("m$i", $freshPem), $freshPublic)
        && Rsa::decrypt(Rsa::encrypt("s$i", $freshPublic), $freshPem) === "s$i";
    echo "string keys $i: ", var_export($ok, true), " parses ", $parses() - $before, "\n";
}
// the package's exceptions are unchanged
echo rsa_thrown(fn() => Rsa::from($f['spki_path'])), "\n";
echo rsa_thrown(fn() => Rsa::from('private.pkcs8://AAAA')), "\n";
echo rsa_thrown(fn() => Rsa::from($f['pkcs8_path'] . '.missing', 'public')), "\n";
// open_basedir is checked on every call, cached key or not: PHP's own warning, the package's exception
$before = $parses();
ini_set('open_basedir', sys_get_temp_dir() . '/wxp-no-such-dir');
echo rsa_thrown(fn() => Rsa::from($f['pkcs8_path'])), "\n";
echo rsa_thrown(fn() => Rsa::from($f['cert_path'], 'public')), "\n";
echo "parses: ", $parses() - $before, "\n";
?>
--EXPECTF--
file:// PKCS#8                 parses 1,0  OpenSSLAsymmetricKey
PKCS#8 PEM (same bytes)        parses 0,0  OpenSSLAsymmetricKey
private.pkcs8://               parses 1,0  OpenSSLAsymmetricKey
file:// PKCS#1                 parses 1,0  OpenSSLAsymmetricKey
PKCS#1 PEM (same bytes)        parses 0,0  OpenSSLAsymmetricKey
private.pkcs1://               parses 1,0  OpenSSLAsymmetricKey
file:// SPKI                   parses 1,0  OpenSSLAsymmetricKey
public.spki://                 parses 1,0  OpenSSLAsymmetricKey
PKCS#1 public PEM              parses 0,0  OpenSSLAsymmetricKey
public.pkcs1://                parses 0,0  OpenSSLAsymmetricKey
file:// certificate            parses 1,0  OpenSSLAsymmetricKey
certificate PEM (same bytes)   parses 0,0  OpenSSLAsymmetricKey
same PEM as private            parses 0,0  Cannot load privateKey from(string), please take care about the \$thing input.
[encrypted, passphrase]        parses 1,0  OpenSSLAsymmetricKey
private key object             parses 0,0  OpenSSLAsymmetricKey
certificate object             parses 0,0  OpenSSLAsymmetricKey
cached keys: 8
file:// PKCS#8                 private=true same=true works=true
PKCS#8 PEM (same bytes)        private=true same=true works=true
private.pkcs8://               private=true same=true works=true
file:// PKCS#1                 private=true same=true works=true
PKCS#1 PEM (same bytes)        private=true same=true works=true
private.pkcs1://               private=true same=true works=true
file:// SPKI                   private=false same=true works=true
public.spki://                 private=false same=true works=true
PKCS#1 public PEM              private=false same=true works=true
public.pkcs1://                private=false same=true works=true
file:// certificate            private=false same=true works=true
certificate PEM (same bytes)   private=false same=true works=true
[encrypted, passphrase]        private=true same=true works=true
private key object             private=true same=true works=true
certificate object             private=false same=true works=true
bool(false)
bool(false)
wrong passphrase 0: UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input. parses 0
wrong passphrase 1: UnexpectedValueException: Cannot load privateKey from(array), please take care about the \$thing input. parses 0
wrong passphrase 2: UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input. parses 0
string keys 0: true parses 2
string keys 1: true parses 2
string keys 2: true parses 2
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.
UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.

Warning: openssl_pkey_get_private(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
UnexpectedValueException: Cannot load privateKey from(string), please take care about the \$thing input.

Warning: openssl_pkey_get_public(): open_basedir restriction in effect. File(%s) is not within the allowed path(s): (%s) in %s on line %d
UnexpectedValueException: Cannot load publicKey from(string), please take care about the \$thing input.
parses: 0
