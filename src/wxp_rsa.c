/* WeChatPay\Crypto\Rsa's crypto over EVP_PKEY. The key readers make the same OpenSSL calls in the same order
 * as PHP's ext/openssl does for a key string, so the set of accepted strings is the same; outputs go into
 * caller buffers sized by wxp_pkey_out_size(), so the hot paths allocate nothing of their own. */
#include "wxp_rsa.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include "wxp_buf_private.h"

/* The passphrase handed to OpenSSL's PEM reader: the given bytes, or nothing (never a prompt). */
typedef struct wxp_pem_pass {
    const char *pass;
    size_t len;
} wxp_pem_pass;

static int wxp_pem_pass_cb(char *buf, int size, int rwflag, void *userdata)
{
    const wxp_pem_pass *p = userdata;
    size_t n;

    (void) rwflag;
    if (p == NULL || size <= 0) {
        return -1;
    }
    n = p->len < (size_t) size ? p->len : (size_t) size;
    if (n > 0) {
        memcpy(buf, p->pass, n);
    }
    return (int) n;
}

/* Opens the source for reading: a read-only memory BIO over the text, or the file itself. */
static BIO *wxp_source_bio(const wxp_pkey_source *src, wxp_err *err)
{
    BIO *bio;

    if (src == NULL || src->data == NULL) {
        wxp_err_set(err, WXP_E_KEY, "No key was given");
        return NULL;
    }
    if (src->is_file) {
        bio = BIO_new_file(src->data, "r");
        if (bio == NULL) {
            wxp_err_set(err, WXP_E_KEY, "The key file cannot be opened");
            wxp_err_append_openssl(err);
        }
        return bio;
    }
    if (src->len > INT_MAX) {
        wxp_err_set(err, WXP_E_KEY, "The key text is too large");
        return NULL;
    }
    bio = BIO_new_mem_buf(src->len > 0 ? src->data : "", (int) src->len);
    if (bio == NULL) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory reading a key");
    }
    return bio;
}

EVP_PKEY *wxp_pkey_read_private(const wxp_pkey_source *src, const char *pass, size_t pass_len, wxp_err *err)
{
    wxp_pem_pass p;
    EVP_PKEY *key;
    BIO *bio = wxp_source_bio(src, err);

    if (bio == NULL) {
        return NULL;
    }
    p.pass = pass != NULL ? pass : "";
    p.len = pass != NULL ? pass_len : 0;
    key = PEM_read_bio_PrivateKey(bio, NULL, wxp_pem_pass_cb, &p);
    BIO_free(bio);
    if (key == NULL) {
        wxp_err_set(err, WXP_E_KEY, "No private key could be read (PEM PKCS#1 or PKCS#8 expected)");
        wxp_err_append_openssl(err);
    }
    ERR_clear_error();
    return key;
}

/* The first PEM certificate of the source, as PHP reads one: PEM_read_bio_X509() from a file,
 * PEM_ASN1_read_bio(d2i_X509, "CERTIFICATE") from memory (the two accept the same blocks). */
static X509 *wxp_read_certificate(const wxp_pkey_source *src, wxp_err *err)
{
    BIO *bio = wxp_source_bio(src, err);
    X509 *cert;

    if (bio == NULL) {
        return NULL;
    }
    if (src->is_file) {
        cert = PEM_read_bio_X509(bio, NULL, NULL, NULL);
    } else {
        cert = (X509 *) PEM_ASN1_read_bio((d2i_of_void *) d2i_X509, PEM_STRING_X509, bio, NULL, NULL, NULL);
    }
    BIO_free(bio);
    ERR_clear_error();
    return cert;
}

X509 *wxp_cert_read_as_php(const wxp_pkey_source *src, wxp_err *err)
{
    X509 *cert = wxp_read_certificate(src, err);

    if (cert == NULL && err->code != WXP_E_NOMEM) {
        wxp_err_set(err, WXP_E_KEY, "No X.509 certificate could be read (PEM expected)");
    }
    return cert;
}

EVP_PKEY *wxp_pkey_read_public(const wxp_pkey_source *src, wxp_err *err)
{
    EVP_PKEY *key = NULL;
    wxp_err cert_err;
    X509 *cert;
    BIO *bio;

    wxp_err_clear(&cert_err);
    cert = wxp_read_certificate(src, &cert_err);
    if (cert != NULL) {
        /* A certificate was found: its key or nothing (PHP does not look further either). */
        key = X509_get_pubkey(cert);
        X509_free(cert);
        if (key == NULL) {
            wxp_err_set(err, WXP_E_KEY, "The certificate's public key cannot be read");
            wxp_err_append_openssl(err);
        }
        ERR_clear_error();
        return key;
    }
    if (cert_err.code == WXP_E_NOMEM) {
        *err = cert_err;
        return NULL;
    }
    bio = wxp_source_bio(src, err);
    if (bio == NULL) {
        return NULL;
    }
    key = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
    BIO_free(bio);
    if (key == NULL) {
        wxp_err_set(err, WXP_E_KEY, "No public key could be read (PEM certificate or SPKI expected)");
        wxp_err_append_openssl(err);
    }
    ERR_clear_error();
    return key;
}

static int wxp_rsa_has(const wxp_rsa_numbers *numbers, wxp_rsa_number which)
{
    return numbers->bytes[which] != NULL && numbers->len[which] > 0;
}

/* n == p * q: the two primes are the whole modulus, so the CRT members can be trusted. */
static int wxp_rsa_two_primes(BIGNUM *const *bn)
{
    BN_CTX *ctx = BN_CTX_new();
    BIGNUM *product = BN_new();
    int same = ctx != NULL && product != NULL && BN_mul(product, bn[WXP_RSA_P], bn[WXP_RSA_Q], ctx) == 1
               && BN_cmp(product, bn[WXP_RSA_N]) == 0;

    BN_free(product);
    BN_CTX_free(ctx);
    return same;
}

EVP_PKEY *wxp_rsa_key_from_numbers(const wxp_rsa_numbers *numbers, wxp_err *err)
{
    static const char *const names[WXP_RSA_NUMBERS] = {
        OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
        OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
        OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1,
    };
    BIGNUM *bn[WXP_RSA_NUMBERS] = {NULL};
    OSSL_PARAM_BLD *build = NULL;
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *key = NULL;
    int is_private, use = WXP_RSA_E + 1, i, failed = 0;

    if (!wxp_rsa_has(numbers, WXP_RSA_N) || !wxp_rsa_has(numbers, WXP_RSA_E)) {
        wxp_err_set(err, WXP_E_KEY, "An RSA key needs its modulus and public exponent");
        return NULL;
    }
    is_private = wxp_rsa_has(numbers, WXP_RSA_D);
    for (i = 0; i < WXP_RSA_NUMBERS; i++) {
        if (wxp_rsa_has(numbers, (wxp_rsa_number) i) && numbers->len[i] <= INT_MAX) {
            bn[i] = i >= WXP_RSA_D ? BN_secure_new() : BN_new();
            failed |= bn[i] == NULL || BN_bin2bn(numbers->bytes[i], (int) numbers->len[i], bn[i]) == NULL;
        }
    }
    if (!failed && is_private) {
        use = WXP_RSA_D + 1;
        if (bn[WXP_RSA_P] != NULL && bn[WXP_RSA_Q] != NULL && bn[WXP_RSA_DMP1] != NULL && bn[WXP_RSA_DMQ1] != NULL
            && bn[WXP_RSA_IQMP] != NULL && wxp_rsa_two_primes(bn)) {
            use = WXP_RSA_NUMBERS;
        }
    }
    build = failed ? NULL : OSSL_PARAM_BLD_new();
    for (i = 0; build != NULL && i < use; i++) {
        failed |= OSSL_PARAM_BLD_push_BN(build, names[i], bn[i]) != 1;
    }
    if (build == NULL || failed || (params = OSSL_PARAM_BLD_to_param(build)) == NULL) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory building an RSA key");
    } else if ((ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL)) == NULL || EVP_PKEY_fromdata_init(ctx) != 1
               || EVP_PKEY_fromdata(ctx, &key, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) != 1) {
        key = NULL;
        wxp_err_set(err, WXP_E_CRYPTO, "The RSA key could not be built from its numbers");
        wxp_err_append_openssl(err);
    }
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    for (i = 0; i < WXP_RSA_NUMBERS; i++) {
        BN_clear_free(bn[i]);
    }
    ERR_clear_error();
    return key;
}

size_t wxp_pkey_out_size(EVP_PKEY *key)
{
    int size = key != NULL ? EVP_PKEY_get_size(key) : 0;

    return size > 0 ? (size_t) size : 0;
}

struct wxp_rsa_prepared {
    unsigned refs;           /* owners: the key cache entry and the clients sharing it (one thread only) */
    EVP_PKEY *key;
    EVP_MD *sha256;          /* fetched once: EVP_sha256() would be looked up again on every use */
    EVP_MD_CTX *digest;      /* reused for each message */
    EVP_PKEY_CTX *sign_ctx;  /* EVP_PKEY_sign_init + SHA-256 named, made on first signature */
    EVP_PKEY_CTX *verify_ctx;
};

wxp_rsa_prepared *wxp_rsa_prepare(EVP_PKEY *key)
{
    wxp_rsa_prepared *p;

    if (key == NULL || (p = OPENSSL_zalloc(sizeof(*p))) == NULL) {
        return NULL;
    }
    p->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
    p->digest = EVP_MD_CTX_new();
    if (p->sha256 == NULL || p->digest == NULL || EVP_PKEY_up_ref(key) != 1) {
        EVP_MD_free(p->sha256);
        EVP_MD_CTX_free(p->digest);
        OPENSSL_free(p);
        ERR_clear_error();
        return NULL;
    }
    p->key = key;
    p->refs = 1;
    return p;
}

wxp_rsa_prepared *wxp_rsa_prepared_ref(wxp_rsa_prepared *prepared)
{
    prepared->refs++;
    return prepared;
}

EVP_PKEY *wxp_rsa_prepared_key(const wxp_rsa_prepared *prepared)
{
    return prepared->key;
}

void wxp_rsa_prepared_free(wxp_rsa_prepared *prepared)
{
    if (prepared == NULL || --prepared->refs > 0) {
        return;
    }
    EVP_PKEY_CTX_free(prepared->sign_ctx);
    EVP_PKEY_CTX_free(prepared->verify_ctx);
    EVP_MD_CTX_free(prepared->digest);
    EVP_MD_free(prepared->sha256);
    EVP_PKEY_free(prepared->key);
    OPENSSL_free(prepared);
}

/* SHA-256 of the concatenated pieces into digest (32 bytes). */
static int wxp_prepared_digest(wxp_rsa_prepared *p, const wxp_bytes *pieces, size_t count, unsigned char *digest)
{
    unsigned int len = 0;
    size_t i;

    if (EVP_DigestInit_ex2(p->digest, p->sha256, NULL) != 1) {
        return 0;
    }
    for (i = 0; i < count; i++) {
        if (pieces[i].len > 0 && EVP_DigestUpdate(p->digest, pieces[i].data, pieces[i].len) != 1) {
            return 0;
        }
    }
    return EVP_DigestFinal_ex(p->digest, digest, &len) == 1 && len == 32;
}

/* The signature context (sign or verify) of a prepared key, set up on first use: the operation started
 * and SHA-256 named as the signed digest, exactly what EVP_SignFinal/EVP_VerifyFinal (openssl_sign,
 * openssl_verify) and EVP_DigestSignInit/EVP_DigestVerifyInit set up for each call. */
static EVP_PKEY_CTX *wxp_prepared_ctx(wxp_rsa_prepared *p, int sign)
{
    EVP_PKEY_CTX **slot = sign ? &p->sign_ctx : &p->verify_ctx;

    if (*slot == NULL) {
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, p->key, NULL);

        if (ctx == NULL || (sign ? EVP_PKEY_sign_init(ctx) : EVP_PKEY_verify_init(ctx)) <= 0
            || EVP_PKEY_CTX_set_signature_md(ctx, p->sha256) <= 0) {
            EVP_PKEY_CTX_free(ctx);
            return NULL;
        }
        *slot = ctx;
    }
    return *slot;
}

int wxp_rsa_prepared_sign_pieces(wxp_rsa_prepared *prepared, const wxp_bytes *pieces, size_t count,
                                 unsigned char *sig, size_t *sig_len)
{
    unsigned char digest[32];
    EVP_PKEY_CTX *ctx;

    *sig_len = wxp_pkey_out_size(prepared->key);
    if ((ctx = wxp_prepared_ctx(prepared, 1)) == NULL) {
        *sig_len = 0;
        return WXP_RSA_NO_START;
    }
    if (*sig_len == 0 || !wxp_prepared_digest(prepared, pieces, count, digest)) {
        *sig_len = 0;
        return WXP_RSA_FAILED;
    }
    if (EVP_PKEY_sign(ctx, sig, sig_len, digest, sizeof(digest)) <= 0) {
        *sig_len = 0;
        /* start afresh next time rather than trust a context that failed */
        EVP_PKEY_CTX_free(prepared->sign_ctx);
        prepared->sign_ctx = NULL;
        return WXP_RSA_FAILED;
    }
    return 0;
}

int wxp_rsa_prepared_verify_pieces(wxp_rsa_prepared *prepared, const wxp_bytes *pieces, size_t count,
                                   const unsigned char *sig, size_t sig_len)
{
    unsigned char digest[32];
    EVP_PKEY_CTX *ctx;

    if ((ctx = wxp_prepared_ctx(prepared, 0)) == NULL) {
        return WXP_RSA_NO_START;
    }
    if (!wxp_prepared_digest(prepared, pieces, count, digest)) {
        return WXP_RSA_FAILED;
    }
    /* anything but 1 means "does not verify"; OpenSSL queues a reason nobody needs */
    if (EVP_PKEY_verify(ctx, sig_len > 0 ? sig : (const unsigned char *) "", sig_len, digest, sizeof(digest)) == 1) {
        return 1;
    }
    ERR_clear_error();
    return 0;
}

int wxp_rsa_prepared_sign(wxp_rsa_prepared *prepared, const void *msg, size_t msg_len, unsigned char *sig,
                          size_t *sig_len, wxp_err *err)
{
    wxp_bytes piece;

    piece.data = msg;
    piece.len = msg_len;
    if (wxp_rsa_prepared_sign_pieces(prepared, &piece, 1, sig, sig_len) != 0) {
        wxp_err_set(err, WXP_E_CRYPTO, "SHA256 signing failed");
        wxp_err_append_openssl(err);
        return -1;
    }
    ERR_clear_error();
    return 0;
}

int wxp_rsa_prepared_verify(wxp_rsa_prepared *prepared, const void *msg, size_t msg_len, const unsigned char *sig,
                            size_t sig_len)
{
    wxp_bytes piece;
    int rc;

    piece.data = msg;
    piece.len = msg_len;
    rc = wxp_rsa_prepared_verify_pieces(prepared, &piece, 1, sig, sig_len) == 1;
    ERR_clear_error();
    return rc;
}

int wxp_rsa_sign_sha256(EVP_PKEY *key, const void *msg, size_t msg_len, unsigned char *sig, size_t *sig_len,
                        wxp_err *err)
{
    wxp_rsa_prepared *prepared = wxp_rsa_prepare(key);
    int rc;

    if (prepared == NULL) {
        *sig_len = 0;
        return wxp_err_set(err, key == NULL ? WXP_E_CRYPTO : WXP_E_NOMEM, "SHA256 signing could not start");
    }
    rc = wxp_rsa_prepared_sign(prepared, msg, msg_len, sig, sig_len, err);
    wxp_rsa_prepared_free(prepared);
    return rc;
}

int wxp_rsa_verify_sha256(EVP_PKEY *key, const void *msg, size_t msg_len, const unsigned char *sig,
                          size_t sig_len)
{
    wxp_rsa_prepared *prepared = wxp_rsa_prepare(key);
    int rc;

    if (prepared == NULL) {
        return 0;
    }
    rc = wxp_rsa_prepared_verify(prepared, msg, msg_len, sig, sig_len);
    wxp_rsa_prepared_free(prepared);
    return rc;
}

/* A context for an OAEP operation under key: PHP's OPENSSL_PKCS1_OAEP_PADDING is OpenSSL's
 * RSA_PKCS1_OAEP_PADDING with its defaults (SHA-1 for both the label hash and MGF1), set here explicitly. */
static EVP_PKEY_CTX *wxp_oaep_ctx(EVP_PKEY *key, int encrypt)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);

    if (ctx == NULL || (encrypt ? EVP_PKEY_encrypt_init(ctx) : EVP_PKEY_decrypt_init(ctx)) <= 0
        || EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) <= 0
        || EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha1()) <= 0 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha1()) <= 0) {
        EVP_PKEY_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

static int wxp_oaep(EVP_PKEY *key, int encrypt, const void *in, size_t in_len, unsigned char *out,
                    size_t *out_len, wxp_err *err)
{
    EVP_PKEY_CTX *ctx = wxp_oaep_ctx(key, encrypt);
    const unsigned char *bytes = in_len > 0 ? in : (const unsigned char *) "";
    int rc = -1;

    *out_len = wxp_pkey_out_size(key);
    if (ctx == NULL) {
        wxp_err_set(err, WXP_E_CRYPTO, "RSA-OAEP needs an RSA key");
    } else if ((encrypt ? EVP_PKEY_encrypt(ctx, out, out_len, bytes, in_len)
                        : EVP_PKEY_decrypt(ctx, out, out_len, bytes, in_len)) <= 0) {
        wxp_err_set(err, WXP_E_CRYPTO, encrypt ? "RSA-OAEP encryption failed" : "RSA-OAEP decryption failed");
    } else {
        rc = 0;
    }
    if (rc != 0) {
        *out_len = 0;
        wxp_err_append_openssl(err);
    }
    EVP_PKEY_CTX_free(ctx);
    ERR_clear_error();
    return rc;
}

int wxp_rsa_oaep_encrypt(EVP_PKEY *key, const void *in, size_t in_len, unsigned char *out, size_t *out_len,
                         wxp_err *err)
{
    return wxp_oaep(key, 1, in, in_len, out, out_len, err);
}

int wxp_rsa_oaep_decrypt(EVP_PKEY *key, const void *in, size_t in_len, unsigned char *out, size_t *out_len,
                         wxp_err *err)
{
    return wxp_oaep(key, 0, in, in_len, out, out_len, err);
}

/* Appends a DER length: one byte up to 0x7F, else 0x80 | count followed by the big-endian bytes of the low
 * 32 bits without leading zeros (what ltrim(pack('N', $n), "\0") gives; 2^32 itself becomes a bare 0x80). */
static int wxp_der_length(wxp_buf *out, size_t n)
{
    unsigned char bytes[5];
    uint32_t low = (uint32_t) n;
    size_t count = 0, i;

    if (n <= 0x7F) {
        return wxp_buf_append_byte(out, (char) n);
    }
    for (i = 0; i < 4; i++) {
        unsigned char b = (unsigned char) (low >> (24 - 8 * i));

        if (count > 0 || b != 0) {
            bytes[1 + count++] = b;
        }
    }
    bytes[0] = (unsigned char) (0x80 | count);
    return wxp_buf_append(out, bytes, 1 + count);
}

int wxp_rsa_pkcs1_to_spki(const void *pkcs1, size_t len, wxp_buf *out)
{
    /* SEQUENCE { OBJECT IDENTIFIER 1.2.840.113549.1.1.1 (rsaEncryption), NULL } */
    static const unsigned char algorithm[] = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    };
    size_t start = out->len, bit_string_len = len + 1, inner_len;
    wxp_buf head;
    int rc;

    /* The outer length counts the algorithm, the BIT STRING tag, its length bytes and its content. */
    wxp_buf_init(&head);
    if (wxp_der_length(&head, bit_string_len) != 0) {
        return -1;
    }
    inner_len = sizeof(algorithm) + 1 + head.len + bit_string_len;
    rc = wxp_buf_append_byte(out, 0x30) != 0 || wxp_der_length(out, inner_len) != 0
         || wxp_buf_append(out, algorithm, sizeof(algorithm)) != 0 || wxp_buf_append_byte(out, 0x03) != 0
         || wxp_buf_append(out, head.data, head.len) != 0 || wxp_buf_append_byte(out, 0x00) != 0
         || (len > 0 && wxp_buf_append(out, pkcs1, len) != 0);
    wxp_buf_free(&head);
    if (rc) {
        wxp_buf_truncate(out, start);
        return -1;
    }
    return 0;
}
