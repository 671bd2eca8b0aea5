--TEST--
Rsa: a key object's parsed key lives exactly as long as the object: reused handles, cycles, WeakMaps, request end
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--DESCRIPTION--
sign/verify/encrypt/decrypt keep the EVP_PKEY parsed from an OpenSSLAsymmetricKey or OpenSSLCertificate in a
table weakly keyed by the object: when the object is destroyed its entry goes, so a new object that gets the
same handle and address never finds the old key. The valgrind run checks that nothing leaks, including the
entries of objects still alive when the request ends.
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$f = rsa_forms();
$pems = [$f['pkcs8'], $f['other_private']];
$publics = [$f['cert'], $f['other_cert']];

// freed and re-made objects take the same handles: each must sign with its own key
$ok = 0;
$handles = [];
for ($i = 0; $i < 12; $i++) {
    $key = openssl_pkey_get_private($pems[$i % 2]);
    $handles[spl_object_id($key)] = true;
    openssl_sign("m$i", $want, $key, OPENSSL_ALGO_SHA256);
    $ok += Rsa::sign("m$i", $key) === base64_encode($want);
    unset($key);
}
printf("sign: %d of 12 as openssl_sign, over %d object handle(s)\n", $ok, count($handles));

$ok = 0;
for ($i = 0; $i < 12; $i++) {
    $cert = openssl_x509_read($publics[$i % 2]);
    openssl_sign("m$i", $sig, $pems[$i % 2], OPENSSL_ALGO_SHA256);
    openssl_sign("m$i", $otherSig, $pems[1 - $i % 2], OPENSSL_ALGO_SHA256);
    $ok += Rsa::verify("m$i", base64_encode($sig), $cert) && !Rsa::verify("m$i", base64_encode($otherSig), $cert);
    $cert = null;
}
printf("verify: %d of 12 with the right certificate\n", $ok);

// a key held in a reference cycle is collected by the GC, and its entry with it
$holder = new stdClass();
$holder->self = $holder;
$holder->key = openssl_pkey_get_private($pems[0]);
$first = Rsa::sign('cycle', $holder->key);
unset($holder);
var_dump(gc_collect_cycles() > 0);
$other = openssl_pkey_get_private($pems[1]);
openssl_sign('cycle', $want, $other, OPENSSL_ALGO_SHA256);
var_dump(Rsa::sign('cycle', $other) === base64_encode($want), $first !== base64_encode($want));

// the app's own WeakMap on the same object is not disturbed
$map = new WeakMap();
$key = openssl_pkey_get_private($pems[0]);
$map[$key] = 'app data';
Rsa::sign('x', $key);
var_dump(count($map), $map[$key]);
unset($key);
var_dump(count($map));

// the same object used for encryption and decryption, again and again
$pair = [openssl_pkey_get_public($f['spki']), openssl_pkey_get_private($f['pkcs8'])];
$ok = 0;
for ($i = 0; $i < 5; $i++) {
    $ok += Rsa::decrypt(Rsa::encrypt("p$i", $pair[0]), $pair[1]) === "p$i";
}
echo "encrypt/decrypt: $ok of 5\n";

// keys still alive when the request ends: their entries are dropped at RSHUTDOWN
$GLOBALS['kept'] = [openssl_pkey_get_private($pems[1]), openssl_x509_read($publics[1]), $pair];
Rsa::sign('kept', $GLOBALS['kept'][0]);
Rsa::verify('kept', 'c2ln', $GLOBALS['kept'][1]);
echo "done\n";
?>
--EXPECTF--
sign: 12 of 12 as openssl_sign, over %d object handle(s)
verify: 12 of 12 with the right certificate
bool(true)
bool(true)
bool(true)
int(1)
string(8) "app data"
int(0)
encrypt/decrypt: 5 of 5
done
