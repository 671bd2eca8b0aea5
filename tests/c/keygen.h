/* Test-time key material for the C unit tests: keys are generated on each run and written to PEM in memory,
 * so no key is ever committed. Everything here is static inline so a test uses only what it needs. */
#ifndef WXP_TEST_KEYGEN_H
#define WXP_TEST_KEYGEN_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

/* Aborts the test program: key generation failing means the environment is broken, not the code. */
static inline void keygen_die(const char *what)
{
    fprintf(stderr, "keygen: %s failed\n", what);
    exit(2);
}

/* Copies a memory BIO's contents into a NUL-terminated malloc'ed string and frees the BIO. */
static inline char *keygen_bio_text(BIO *bio)
{
    char *data = NULL, *copy;
    long len = BIO_get_mem_data(bio, &data);

    copy = malloc((size_t) len + 1);
    if (copy == NULL) {
        keygen_die("malloc");
    }
    memcpy(copy, data, (size_t) len);
    copy[len] = '\0';
    BIO_free(bio);
    return copy;
}

static inline EVP_PKEY *keygen_rsa(unsigned int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(bits);

    if (key == NULL) {
        keygen_die("EVP_RSA_gen");
    }
    return key;
}

static inline EVP_PKEY *keygen_ec(void)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");

    if (key == NULL) {
        keygen_die("EVP_EC_gen");
    }
    return key;
}

/* Writes key with an OSSL_ENCODER: structure "type-specific" gives PKCS#1 for RSA. */
static inline char *keygen_encode(EVP_PKEY *key, int selection, const char *structure)
{
    BIO *bio = BIO_new(BIO_s_mem());
    OSSL_ENCODER_CTX *ctx = OSSL_ENCODER_CTX_new_for_pkey(key, selection, "PEM", structure, NULL);

    if (bio == NULL || ctx == NULL || OSSL_ENCODER_CTX_get_num_encoders(ctx) == 0
        || OSSL_ENCODER_to_bio(ctx, bio) != 1) {
        keygen_die("OSSL_ENCODER_to_bio");
    }
    OSSL_ENCODER_CTX_free(ctx);
    return keygen_bio_text(bio);
}

/* `-----BEGIN PRIVATE KEY-----` (PKCS#8) */
static inline char *keygen_pkcs8_pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());

    if (bio == NULL || PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL) != 1) {
        keygen_die("PEM_write_bio_PrivateKey");
    }
    return keygen_bio_text(bio);
}

/* `-----BEGIN RSA PRIVATE KEY-----` (PKCS#1) */
static inline char *keygen_pkcs1_private_pem(EVP_PKEY *key)
{
    return keygen_encode(key, OSSL_KEYMGMT_SELECT_KEYPAIR, "type-specific");
}

/* `-----BEGIN PUBLIC KEY-----` (SPKI) */
static inline char *keygen_spki_pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());

    if (bio == NULL || PEM_write_bio_PUBKEY(bio, key) != 1) {
        keygen_die("PEM_write_bio_PUBKEY");
    }
    return keygen_bio_text(bio);
}

/* `-----BEGIN RSA PUBLIC KEY-----` (PKCS#1) */
static inline char *keygen_pkcs1_public_pem(EVP_PKEY *key)
{
    return keygen_encode(key, OSSL_KEYMGMT_SELECT_PUBLIC_KEY, "type-specific");
}

/* `-----BEGIN ENCRYPTED PRIVATE KEY-----` (PKCS#8 under a passphrase) */
static inline char *keygen_encrypted_pkcs8_pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    char pass[] = "secret";

    if (bio == NULL
        || PEM_write_bio_PKCS8PrivateKey(bio, key, EVP_aes_256_cbc(), pass, (int) strlen(pass), NULL, NULL) != 1) {
        keygen_die("PEM_write_bio_PKCS8PrivateKey");
    }
    return keygen_bio_text(bio);
}

/* `-----BEGIN RSA PRIVATE KEY-----` with `Proc-Type: 4,ENCRYPTED` (legacy PEM encryption) */
static inline char *keygen_encrypted_pkcs1_pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    unsigned char pass[] = "secret";

    if (bio == NULL || PEM_write_bio_PrivateKey_traditional(bio, key, EVP_aes_256_cbc(), pass, 6, NULL, NULL) != 1) {
        keygen_die("PEM_write_bio_PrivateKey_traditional");
    }
    return keygen_bio_text(bio);
}

/* A self-signed X.509 certificate of key with the given hex serial, as PEM. */
static inline char *keygen_cert_pem(EVP_PKEY *key, const char *serial_hex)
{
    X509 *cert = X509_new();
    BIGNUM *bn = NULL;
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME *name;

    if (cert == NULL || bio == NULL || BN_hex2bn(&bn, serial_hex) == 0
        || BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert)) == NULL) {
        keygen_die("certificate serial");
    }
    name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *) "Tenpay.com Root CA", -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 86400);
    X509_set_version(cert, 2);
    if (X509_set_pubkey(cert, key) != 1 || X509_sign(cert, key, EVP_sha256()) == 0
        || PEM_write_bio_X509(bio, cert) != 1) {
        keygen_die("certificate");
    }
    BN_free(bn);
    X509_free(cert);
    return keygen_bio_text(bio);
}

/* Returns a malloc'ed copy of a, then b (for bundles of several PEM blocks). */
static inline char *keygen_concat(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *out = malloc(la + lb + 1);

    if (out == NULL) {
        keygen_die("malloc");
    }
    memcpy(out, a, la);
    memcpy(out + la, b, lb + 1);
    return out;
}

#endif
