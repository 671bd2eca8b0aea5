/* WeChatPay\Crypto\Rsa's core: key readers (text and file, every PEM form, encrypted keys), SHA256withRSA
 * against an independent EVP_PKEY_sign() of the digest (what PHP's openssl_sign does), verification faults,
 * prepared keys reused across calls, keys rebuilt from their numbers (two- and three-prime),
 * RSA-OAEP round trips and interop with OpenSSL's own OAEP defaults, and the PKCS#1 -> SPKI wrapper against
 * i2d_PUBKEY(). Keys are generated at test time. */
#include <stdlib.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include "unit.h"
#include "keygen.h"
#include "wxp_rsa.h"

static EVP_PKEY *rsa2048, *rsa_other, *ec;

static wxp_pkey_source text_of(const char *pem)
{
    wxp_pkey_source src;

    src.data = pem;
    src.len = strlen(pem);
    src.is_file = 0;
    return src;
}

static wxp_pkey_source file_of(const char *path)
{
    wxp_pkey_source src;

    src.data = path;
    src.len = strlen(path);
    src.is_file = 1;
    return src;
}

/* Writes text to a new temporary file and returns its malloc'ed path. */
static char *temp_file_with(const char *text)
{
    char *path = strdup("/tmp/wxp-test-rsa-XXXXXX");
    int fd = path != NULL ? mkstemp(path) : -1;
    size_t len = strlen(text);

    if (fd < 0 || write(fd, text, len) != (ssize_t) len) {
        keygen_die("temporary key file");
    }
    close(fd);
    return path;
}

static int same_key(EVP_PKEY *a, EVP_PKEY *b)
{
    return a != NULL && b != NULL && EVP_PKEY_eq(a, b) == 1;
}

static EVP_PKEY *public_half(EVP_PKEY *key)
{
    char *pem = keygen_spki_pem(key);
    wxp_pkey_source src = text_of(pem);
    wxp_err err;
    EVP_PKEY *pub;

    wxp_err_clear(&err);
    pub = wxp_pkey_read_public(&src, &err);
    free(pem);
    if (pub == NULL) {
        keygen_die("public half");
    }
    return pub;
}

static void test_read_private(void)
{
    char *pkcs8 = keygen_pkcs8_pem(rsa2048), *pkcs1 = keygen_pkcs1_private_pem(rsa2048);
    char *enc8 = keygen_encrypted_pkcs8_pem(rsa2048), *enc1 = keygen_encrypted_pkcs1_pem(rsa2048);
    char *spki = keygen_spki_pem(rsa2048), *cert = keygen_cert_pem(rsa2048, "0A1B");
    char *ec8 = keygen_pkcs8_pem(ec), *bundle = keygen_concat(cert, pkcs8), *path = temp_file_with(pkcs1);
    wxp_pkey_source src;
    wxp_err err;
    EVP_PKEY *key;

    src = text_of(pkcs8);
    wxp_err_clear(&err);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    src = text_of(pkcs1);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    /* a certificate before the key is skipped, as PEM_read_bio_PrivateKey skips it */
    src = text_of(bundle);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    /* encrypted keys: only with their passphrase, never a prompt */
    src = text_of(enc8);
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    CHECK(wxp_pkey_read_private(&src, "wrong", 5, &err) == NULL);
    key = wxp_pkey_read_private(&src, "secret", 6, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);
    src = text_of(enc1);
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    key = wxp_pkey_read_private(&src, "secret", 6, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    /* other key types are read as PHP reads them */
    src = text_of(ec8);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    CHECK(same_key(key, ec));
    EVP_PKEY_free(key);

    /* public material and junk are no private key */
    wxp_err_clear(&err);
    src = text_of(spki);
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    CHECK(strstr(err.message, "No private key") != NULL);
    src = text_of(cert);
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    src = text_of("");
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    src = text_of("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n");
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    CHECK(ERR_peek_error() == 0);

    /* from a file, as file:// keys are read */
    src = file_of(path);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);
    src = file_of("/nonexistent/wxp-key.pem");
    wxp_err_clear(&err);
    CHECK(wxp_pkey_read_private(&src, NULL, 0, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    CHECK(strstr(err.message, "cannot be opened") != NULL);
    CHECK(ERR_peek_error() == 0);

    unlink(path);
    free(path);
    free(pkcs8), free(pkcs1), free(enc8), free(enc1), free(spki), free(cert), free(ec8), free(bundle);
}

static void test_read_public(void)
{
    char *spki = keygen_spki_pem(rsa2048), *cert = keygen_cert_pem(rsa2048, "0A1B");
    char *other_cert = keygen_cert_pem(rsa_other, "0C0D"), *pkcs8 = keygen_pkcs8_pem(rsa2048);
    char *cert_then_spki = keygen_concat(other_cert, spki), *spki_then_cert = keygen_concat(spki, other_cert);
    char *ec_spki = keygen_spki_pem(ec), *path = temp_file_with(cert);
    wxp_pkey_source src;
    wxp_err err;
    EVP_PKEY *key;

    wxp_err_clear(&err);
    src = text_of(spki);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    src = text_of(cert);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);

    /* a certificate anywhere in the text wins over a PUBLIC KEY block (PHP tries the certificate first) */
    src = text_of(cert_then_spki);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, rsa_other));
    EVP_PKEY_free(key);
    src = text_of(spki_then_cert);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, rsa_other));
    EVP_PKEY_free(key);

    src = text_of(ec_spki);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, ec));
    EVP_PKEY_free(key);

    /* a private key is no public key string */
    src = text_of(pkcs8);
    CHECK(wxp_pkey_read_public(&src, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    src = text_of("garbage");
    CHECK(wxp_pkey_read_public(&src, &err) == NULL);
    CHECK(ERR_peek_error() == 0);

    src = file_of(path);
    key = wxp_pkey_read_public(&src, &err);
    CHECK(same_key(key, rsa2048));
    EVP_PKEY_free(key);
    src = file_of("/nonexistent/wxp-cert.pem");
    wxp_err_clear(&err);
    CHECK(wxp_pkey_read_public(&src, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    CHECK(ERR_peek_error() == 0);

    unlink(path);
    free(path);
    free(spki), free(cert), free(other_cert), free(pkcs8), free(cert_then_spki), free(spki_then_cert), free(ec_spki);
}

/* The signature PHP's openssl_sign computes: SHA-256 digest, then EVP_PKEY_sign with the digest named. */
static size_t reference_signature(EVP_PKEY *key, const void *msg, size_t len, unsigned char *sig)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    unsigned int digest_len = 0;
    size_t sig_len = (size_t) EVP_PKEY_get_size(key);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);

    if (EVP_Digest(msg, len, digest, &digest_len, EVP_sha256(), NULL) != 1 || ctx == NULL
        || EVP_PKEY_sign_init(ctx) != 1 || EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) != 1
        || EVP_PKEY_sign(ctx, sig, &sig_len, digest, digest_len) != 1) {
        keygen_die("reference signature");
    }
    EVP_PKEY_CTX_free(ctx);
    return sig_len;
}

static void test_sign_verify(void)
{
    static const char msg[] = "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n";
    unsigned char sig[1024], want[1024], other[1024];
    size_t sig_len = 0, want_len, other_len = 0;
    EVP_PKEY *pub = public_half(rsa2048), *other_pub = public_half(rsa_other), *ec_pub = public_half(ec);
    wxp_err err;
    char big[70000];

    wxp_err_clear(&err);
    CHECK(wxp_pkey_out_size(rsa2048) == 256);
    CHECK(wxp_pkey_out_size(NULL) == 0);

    CHECK(wxp_rsa_sign_sha256(rsa2048, msg, strlen(msg), sig, &sig_len, &err) == 0);
    want_len = reference_signature(rsa2048, msg, strlen(msg), want);
    CHECK(sig_len == 256 && want_len == 256 && memcmp(sig, want, sig_len) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg), sig, sig_len) == 1);
    /* the private key verifies too (it holds the public half) */
    CHECK(wxp_rsa_verify_sha256(rsa2048, msg, strlen(msg), sig, sig_len) == 1);

    /* deterministic: a second signature is the same bytes */
    CHECK(wxp_rsa_sign_sha256(rsa2048, msg, strlen(msg), other, &other_len, &err) == 0);
    CHECK(other_len == sig_len && memcmp(other, sig, sig_len) == 0);

    /* the empty message and a large one */
    CHECK(wxp_rsa_sign_sha256(rsa2048, "", 0, sig, &sig_len, &err) == 0);
    want_len = reference_signature(rsa2048, "", 0, want);
    CHECK(sig_len == want_len && memcmp(sig, want, sig_len) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, "", 0, sig, sig_len) == 1);
    CHECK(wxp_rsa_verify_sha256(pub, NULL, 0, sig, sig_len) == 1);
    memset(big, 'x', sizeof(big));
    CHECK(wxp_rsa_sign_sha256(rsa2048, big, sizeof(big), sig, &sig_len, &err) == 0);
    want_len = reference_signature(rsa2048, big, sizeof(big), want);
    CHECK(sig_len == want_len && memcmp(sig, want, sig_len) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, big, sizeof(big), sig, sig_len) == 1);

    /* faults: message, bit flip, length, other key, nothing at all */
    CHECK(wxp_rsa_sign_sha256(rsa2048, msg, strlen(msg), sig, &sig_len, &err) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg) - 1, sig, sig_len) == 0);
    sig[17] ^= 0x01;
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg), sig, sig_len) == 0);
    sig[17] ^= 0x01;
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg), sig, sig_len - 1) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg), sig, 0) == 0);
    CHECK(wxp_rsa_verify_sha256(pub, msg, strlen(msg), NULL, 0) == 0);
    CHECK(wxp_rsa_verify_sha256(other_pub, msg, strlen(msg), sig, sig_len) == 0);
    CHECK(wxp_rsa_verify_sha256(ec_pub, msg, strlen(msg), sig, sig_len) == 0);
    CHECK(ERR_peek_error() == 0);

    /* a public key cannot sign */
    wxp_err_clear(&err);
    CHECK(wxp_rsa_sign_sha256(pub, msg, strlen(msg), sig, &sig_len, &err) == -1);
    CHECK(err.code == WXP_E_CRYPTO);
    CHECK(sig_len == 0);
    CHECK(ERR_peek_error() == 0);

    /* an EC key signs ECDSA-SHA256, as openssl_sign would */
    CHECK(wxp_rsa_sign_sha256(ec, msg, strlen(msg), sig, &sig_len, &err) == 0);
    CHECK(sig_len > 0 && sig_len <= wxp_pkey_out_size(ec));
    CHECK(wxp_rsa_verify_sha256(ec_pub, msg, strlen(msg), sig, sig_len) == 1);

    EVP_PKEY_free(pub);
    EVP_PKEY_free(other_pub);
    EVP_PKEY_free(ec_pub);
}

/* A prepared key reuses its contexts: every call must give what the one-shot functions give, whatever came
 * before (good and bad signatures in any order, a failed signing attempt). */
static void test_prepared(void)
{
    static const char *const msgs[] = { "", "a", "GET\n/v3/certificates\n1554208460\nN\n\n", "{\"x\":1}" };
    unsigned char sig[1024], want[1024], bad[1024];
    size_t sig_len = 0, want_len, i, round;
    EVP_PKEY *pub = public_half(rsa2048), *ec_pub = public_half(ec);
    wxp_rsa_prepared *signer = wxp_rsa_prepare(rsa2048), *verifier = wxp_rsa_prepare(pub);
    wxp_rsa_prepared *pub_signer = wxp_rsa_prepare(pub), *ec_signer = wxp_rsa_prepare(ec);
    wxp_rsa_prepared *ec_verifier = wxp_rsa_prepare(ec_pub);
    wxp_err err;
    int all_same = 1, all_verify = 1, bad_fails = 1;

    CHECK(signer != NULL && verifier != NULL && pub_signer != NULL && ec_signer != NULL && ec_verifier != NULL);
    CHECK(wxp_rsa_prepare(NULL) == NULL);
    CHECK(wxp_rsa_prepared_key(signer) == rsa2048);
    wxp_rsa_prepared_free(NULL);
    wxp_err_clear(&err);

    for (round = 0; round < 3; round++) {
        for (i = 0; i < sizeof(msgs) / sizeof(msgs[0]); i++) {
            const char *m = msgs[i];

            want_len = reference_signature(rsa2048, m, strlen(m), want);
            all_same &= wxp_rsa_prepared_sign(signer, m, strlen(m), sig, &sig_len, &err) == 0 && sig_len == want_len
                        && memcmp(sig, want, sig_len) == 0;
            memcpy(bad, sig, sig_len);
            bad[sig_len / 2] ^= 0x40;
            bad_fails &= wxp_rsa_prepared_verify(verifier, m, strlen(m), bad, sig_len) == 0;
            bad_fails &= wxp_rsa_prepared_verify(verifier, m, strlen(m), sig, sig_len - 1) == 0;
            all_verify &= wxp_rsa_prepared_verify(verifier, m, strlen(m), sig, sig_len) == 1;
            all_verify &= wxp_rsa_prepared_verify(signer, m, strlen(m), sig, sig_len) == 1;
        }
    }
    CHECK(all_same);
    CHECK(all_verify);
    CHECK(bad_fails);

    /* a prepared public key cannot sign, and keeps verifying afterwards */
    CHECK(wxp_rsa_prepared_sign(pub_signer, "m", 1, sig, &sig_len, &err) == -1);
    CHECK(err.code == WXP_E_CRYPTO && sig_len == 0);
    CHECK(wxp_rsa_prepared_sign(pub_signer, "m", 1, sig, &sig_len, &err) == -1);
    CHECK(wxp_rsa_prepared_sign(signer, "m", 1, sig, &sig_len, &err) == 0);
    CHECK(wxp_rsa_prepared_verify(pub_signer, "m", 1, sig, sig_len) == 1);
    CHECK(ERR_peek_error() == 0);

    /* EC keys, prepared */
    CHECK(wxp_rsa_prepared_sign(ec_signer, "m", 1, sig, &sig_len, &err) == 0);
    CHECK(wxp_rsa_prepared_verify(ec_verifier, "m", 1, sig, sig_len) == 1);
    CHECK(wxp_rsa_verify_sha256(ec_pub, "m", 1, sig, sig_len) == 1);
    CHECK(wxp_rsa_prepared_verify(ec_verifier, "n", 1, sig, sig_len) == 0);

    wxp_rsa_prepared_free(signer);
    wxp_rsa_prepared_free(verifier);
    wxp_rsa_prepared_free(pub_signer);
    wxp_rsa_prepared_free(ec_signer);
    wxp_rsa_prepared_free(ec_verifier);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(ec_pub);
}

/* The integers of key as openssl_pkey_get_details() lists them, in bufs (each 1024 bytes). */
static void numbers_of(EVP_PKEY *key, wxp_rsa_numbers *numbers, unsigned char bufs[][1024], int with_private)
{
    static const char *const names[WXP_RSA_NUMBERS] = { "n", "e", "d", "rsa-factor1", "rsa-factor2",
        "rsa-exponent1", "rsa-exponent2", "rsa-coefficient1" };
    int i;

    memset(numbers, 0, sizeof(*numbers));
    for (i = 0; i < (with_private ? WXP_RSA_NUMBERS : WXP_RSA_D); i++) {
        BIGNUM *bn = NULL;

        if (EVP_PKEY_get_bn_param(key, names[i], &bn) == 1) {
            numbers->len[i] = (size_t) BN_bn2bin(bn, bufs[i]);
            numbers->bytes[i] = bufs[i];
        }
        BN_free(bn);
    }
}

/* Keys rebuilt from their numbers (what the extension does with openssl_pkey_get_details()) sign and verify
 * exactly as the originals, two-prime, multi-prime or with members missing. */
static void test_key_from_numbers(void)
{
    static const char msg[] = "POST\n/v3/pay/transactions/native\n1700000000\nN\n{}\n";
    unsigned char bufs[WXP_RSA_NUMBERS][1024], sig[1024], want[1024];
    size_t sig_len = 0, want_len;
    wxp_rsa_numbers numbers;
    EVP_PKEY *key, *three = NULL;
    EVP_PKEY_CTX *gen;
    wxp_err err;

    wxp_err_clear(&err);
    numbers_of(rsa2048, &numbers, bufs, 1);
    key = wxp_rsa_key_from_numbers(&numbers, &err);
    CHECK(same_key(key, rsa2048));
    CHECK(wxp_rsa_sign_sha256(key, msg, strlen(msg), sig, &sig_len, &err) == 0);
    want_len = reference_signature(rsa2048, msg, strlen(msg), want);
    CHECK(sig_len == want_len && memcmp(sig, want, sig_len) == 0);
    CHECK(wxp_rsa_oaep_encrypt(key, "x", 1, sig, &sig_len, &err) == 0);
    EVP_PKEY_free(key);

    /* public: n and e only; it verifies and cannot sign */
    numbers_of(rsa2048, &numbers, bufs, 0);
    key = wxp_rsa_key_from_numbers(&numbers, &err);
    CHECK(same_key(key, rsa2048));
    CHECK(wxp_rsa_verify_sha256(key, msg, strlen(msg), want, want_len) == 1);
    CHECK(wxp_rsa_sign_sha256(key, msg, strlen(msg), sig, &sig_len, &err) == -1);
    EVP_PKEY_free(key);

    /* no CRT members, or some missing: built from n, e, d; same signature */
    numbers_of(rsa2048, &numbers, bufs, 1);
    numbers.bytes[WXP_RSA_IQMP] = NULL;
    key = wxp_rsa_key_from_numbers(&numbers, &err);
    CHECK(key != NULL && wxp_rsa_sign_sha256(key, msg, strlen(msg), sig, &sig_len, &err) == 0
          && sig_len == want_len && memcmp(sig, want, sig_len) == 0);
    EVP_PKEY_free(key);

    /* a three-prime key listed with two primes (as PHP's details list it): p * q != n, so no CRT */
    gen = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    CHECK(gen != NULL && EVP_PKEY_keygen_init(gen) == 1 && EVP_PKEY_CTX_set_rsa_keygen_bits(gen, 2048) == 1
          && EVP_PKEY_CTX_set_rsa_keygen_primes(gen, 3) == 1 && EVP_PKEY_generate(gen, &three) == 1);
    EVP_PKEY_CTX_free(gen);
    numbers_of(three, &numbers, bufs, 1);
    CHECK(numbers.bytes[WXP_RSA_P] != NULL && numbers.bytes[WXP_RSA_IQMP] != NULL);
    key = wxp_rsa_key_from_numbers(&numbers, &err);
    want_len = reference_signature(three, msg, strlen(msg), want);
    CHECK(key != NULL && wxp_rsa_sign_sha256(key, msg, strlen(msg), sig, &sig_len, &err) == 0
          && sig_len == want_len && memcmp(sig, want, sig_len) == 0);
    EVP_PKEY_free(key);
    EVP_PKEY_free(three);

    /* n and e are required */
    numbers_of(rsa2048, &numbers, bufs, 1);
    numbers.bytes[WXP_RSA_N] = NULL;
    wxp_err_clear(&err);
    CHECK(wxp_rsa_key_from_numbers(&numbers, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    numbers_of(rsa2048, &numbers, bufs, 1);
    numbers.len[WXP_RSA_E] = 0;
    CHECK(wxp_rsa_key_from_numbers(&numbers, &err) == NULL);
    CHECK(ERR_peek_error() == 0);
}

static void test_oaep(void)
{
    static const char plain[] = "hello wechatpay 你好 微信支付";
    unsigned char ct[512], ct2[512], pt[512], in[300];
    size_t ct_len = 0, ct2_len = 0, pt_len = 0;
    EVP_PKEY *pub = public_half(rsa2048), *ec_pub = public_half(ec);
    EVP_PKEY_CTX *ctx;
    wxp_err err;

    wxp_err_clear(&err);
    CHECK(wxp_rsa_oaep_encrypt(pub, plain, strlen(plain), ct, &ct_len, &err) == 0);
    CHECK(ct_len == 256);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, ct_len, pt, &pt_len, &err) == 0);
    CHECK(pt_len == strlen(plain) && memcmp(pt, plain, pt_len) == 0);
    /* randomised: the same plaintext encrypts differently */
    CHECK(wxp_rsa_oaep_encrypt(pub, plain, strlen(plain), ct2, &ct2_len, &err) == 0);
    CHECK(ct2_len == ct_len && memcmp(ct, ct2, ct_len) != 0);

    /* ciphertext from OpenSSL's own OAEP defaults (what PHP's openssl_public_encrypt makes) */
    ctx = EVP_PKEY_CTX_new(pub, NULL);
    ct2_len = sizeof(ct2);
    CHECK(ctx != NULL && EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1
          && EVP_PKEY_encrypt(ctx, ct2, &ct2_len, (const unsigned char *) plain, strlen(plain)) == 1);
    EVP_PKEY_CTX_free(ctx);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct2, ct2_len, pt, &pt_len, &err) == 0);
    CHECK(pt_len == strlen(plain) && memcmp(pt, plain, pt_len) == 0);

    /* SHA-256 OAEP is another scheme: it must not decrypt */
    ctx = EVP_PKEY_CTX_new(pub, NULL);
    ct2_len = sizeof(ct2);
    CHECK(ctx != NULL && EVP_PKEY_encrypt_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1
          && EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) == 1
          && EVP_PKEY_encrypt(ctx, ct2, &ct2_len, (const unsigned char *) plain, strlen(plain)) == 1);
    EVP_PKEY_CTX_free(ctx);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct2, ct2_len, pt, &pt_len, &err) == -1);

    /* lengths: empty, the 214-byte maximum of RSA-2048 with SHA-1 OAEP, one more */
    CHECK(wxp_rsa_oaep_encrypt(pub, "", 0, ct, &ct_len, &err) == 0);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, ct_len, pt, &pt_len, &err) == 0 && pt_len == 0);
    memset(in, 0xA5, sizeof(in));
    CHECK(wxp_rsa_oaep_encrypt(pub, in, 214, ct, &ct_len, &err) == 0);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, ct_len, pt, &pt_len, &err) == 0 && pt_len == 214
          && memcmp(pt, in, 214) == 0);
    wxp_err_clear(&err);
    CHECK(wxp_rsa_oaep_encrypt(pub, in, 215, ct, &ct_len, &err) == -1);
    CHECK(err.code == WXP_E_CRYPTO && ct_len == 0);

    /* faults: tampered, truncated, other key, public key, EC keys */
    CHECK(wxp_rsa_oaep_encrypt(pub, plain, strlen(plain), ct, &ct_len, &err) == 0);
    ct[100] ^= 0x80;
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, ct_len, pt, &pt_len, &err) == -1);
    ct[100] ^= 0x80;
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, ct_len - 1, pt, &pt_len, &err) == -1);
    CHECK(wxp_rsa_oaep_decrypt(rsa2048, ct, 0, pt, &pt_len, &err) == -1);
    CHECK(wxp_rsa_oaep_decrypt(rsa_other, ct, ct_len, pt, &pt_len, &err) == -1);
    CHECK(wxp_rsa_oaep_decrypt(pub, ct, ct_len, pt, &pt_len, &err) == -1);
    wxp_err_clear(&err);
    CHECK(wxp_rsa_oaep_encrypt(ec_pub, plain, strlen(plain), ct, &ct_len, &err) == -1);
    CHECK(err.code == WXP_E_CRYPTO);
    CHECK(wxp_rsa_oaep_decrypt(ec, ct, 64, pt, &pt_len, &err) == -1);
    CHECK(ERR_peek_error() == 0);

    EVP_PKEY_free(pub);
    EVP_PKEY_free(ec_pub);
}

/* PKCS#1 RSAPublicKey DER of key, malloc'ed. */
static unsigned char *pkcs1_der(EVP_PKEY *key, size_t *len)
{
    unsigned char *der = NULL;
    int n = i2d_PublicKey(key, &der);

    if (n <= 0) {
        keygen_die("i2d_PublicKey");
    }
    *len = (size_t) n;
    return der;
}

static void test_pkcs1_to_spki(void)
{
    static const unsigned char empty_spki[] = {
        0x30, 0x12, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
        0x03, 0x01, 0x00,
    };
    EVP_PKEY *keys[2];
    size_t i, len, n;
    wxp_buf out;
    unsigned char *blob;

    keys[0] = rsa2048;
    keys[1] = keygen_rsa(4096);
    wxp_buf_init(&out);
    for (i = 0; i < 2; i++) {
        unsigned char *pkcs1 = pkcs1_der(keys[i], &len), *spki = NULL;
        int spki_len = i2d_PUBKEY(keys[i], &spki);

        wxp_buf_reset(&out);
        CHECK(wxp_rsa_pkcs1_to_spki(pkcs1, len, &out) == 0);
        CHECK(spki_len > 0 && out.len == (size_t) spki_len && memcmp(out.data, spki, out.len) == 0);
        OPENSSL_free(pkcs1);
        OPENSSL_free(spki);
    }
    EVP_PKEY_free(keys[1]);

    /* nothing is parsed: the empty input is wrapped as it is */
    wxp_buf_reset(&out);
    CHECK(wxp_rsa_pkcs1_to_spki(NULL, 0, &out) == 0);
    CHECK(out.len == sizeof(empty_spki) && memcmp(out.data, empty_spki, out.len) == 0);

    /* length forms around the boundaries: short (<= 0x7F), 0x81 nn, 0x82 nn nn, 0x83 nn nn nn; appends */
    blob = calloc(1, 70000);
    if (blob == NULL) {
        keygen_die("calloc");
    }
    {
        static const size_t sizes[] = { 1, 110, 111, 112, 126, 127, 128, 254, 255, 256, 65534, 65535, 69999 };

        for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
            size_t bits = sizes[i] + 1, inner, head, total;

            n = sizes[i];
            head = bits <= 0x7F ? 1 : bits <= 0xFF ? 2 : bits <= 0xFFFF ? 3 : 4;
            inner = 15 + 1 + head + bits;
            total = 1 + (inner <= 0x7F ? 1 : inner <= 0xFF ? 2 : inner <= 0xFFFF ? 3 : 4) + inner;
            wxp_buf_reset(&out);
            CHECK(wxp_buf_append(&out, "pre", 3) == 0);
            CHECK(wxp_rsa_pkcs1_to_spki(blob, n, &out) == 0);
            CHECK(out.len == 3 + total);
            /* the outer header, then the BIT STRING header right after the algorithm */
            CHECK((unsigned char) out.data[3] == 0x30);
            CHECK((unsigned char) out.data[3 + total - n - head - 2] == 0x03);
            CHECK((unsigned char) out.data[3 + total - n - 1] == 0x00);
            if (head > 1) {
                CHECK((unsigned char) out.data[3 + total - n - head - 1] == (0x80 | (head - 1)));
            } else {
                CHECK((unsigned char) out.data[3 + total - n - 2] == bits);
            }
        }
    }
    free(blob);
    wxp_buf_free(&out);
}

int main(void)
{
    rsa2048 = keygen_rsa(2048);
    rsa_other = keygen_rsa(2048);
    ec = keygen_ec();
    test_read_private();
    test_read_public();
    test_sign_verify();
    test_prepared();
    test_key_from_numbers();
    test_oaep();
    test_pkcs1_to_spki();
    EVP_PKEY_free(rsa2048);
    EVP_PKEY_free(rsa_other);
    EVP_PKEY_free(ec);
    return UNIT_DONE();
}
