--TEST--
Rsa: like the openssl_* functions wechatpay-php calls, sign/verify also take EC keys (ECDSA-SHA256); OAEP needs RSA
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension'); ?>
--FILE--
<?php
require __DIR__ . '/rsa.inc';
use WeChatPay\Crypto\Rsa;

$ec = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
openssl_pkey_export($ec, $ecPem);
$ecPublicPem = openssl_pkey_get_details($ec)['key'];
$ecPublic = openssl_pkey_get_public($ecPublicPem);
foreach (['object' => [$ec, $ecPublic], 'PEM' => [$ecPem, $ecPublicPem], 'Rsa::from' => [Rsa::from($ecPem), Rsa::from($ecPublicPem, 'public')]]
         as $name => [$private, $public]) {
    $sig = Rsa::sign('message', $private);
    printf("%-10s openssl_verify=%d Rsa::verify=%s other message=%s\n", $name,
        openssl_verify('message', base64_decode($sig), $ecPublic, OPENSSL_ALGO_SHA256),
        var_export(Rsa::verify('message', $sig, $public), true), var_export(Rsa::verify('other', $sig, $public), true));
}
openssl_sign('message', $raw, $ec, OPENSSL_ALGO_SHA256);
var_dump(Rsa::verify('message', base64_encode($raw), $ecPublic));
// an RSA signature does not verify under an EC key, and the other way round: false, not an exception
$f = rsa_forms();
var_dump(Rsa::verify('message', Rsa::sign('message', $f['private_obj']), $ecPublic));
var_dump(Rsa::verify('message', Rsa::sign('message', $ec), $f['public_obj']));
// OAEP is RSA only, as for openssl_public_encrypt/openssl_private_decrypt
var_dump(@openssl_public_encrypt('x', $out, $ecPublic, OPENSSL_PKCS1_OAEP_PADDING));
echo rsa_thrown(fn() => Rsa::encrypt('x', $ecPublic)), "\n";
echo rsa_thrown(fn() => Rsa::decrypt(Rsa::encrypt('x', $f['public_obj']), $ec)), "\n";
?>
--EXPECT--
object     openssl_verify=1 Rsa::verify=true other message=false
PEM        openssl_verify=1 Rsa::verify=true other message=false
Rsa::from  openssl_verify=1 Rsa::verify=true other message=false
bool(true)
bool(false)
bool(false)
bool(false)
UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $publicKey whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $privateKey whether or nor correct.
