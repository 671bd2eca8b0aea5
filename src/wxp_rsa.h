/* The core of WeChatPay\Crypto\Rsa: SHA256withRSA signatures over raw bytes, RSA-OAEP encryption, the
 * PKCS#1 -> SPKI public key wrapper, and key readers that accept exactly the key strings PHP's openssl_*
 * functions accept (same OpenSSL calls, same order), so results match openssl_sign()/openssl_verify()/
 * openssl_public_encrypt()/openssl_private_decrypt() byte for byte. Keys are whatever EVP_PKEY the caller
 * holds; like PHP's functions, these do not insist on RSA (an EC key signs ECDSA-SHA256 as openssl_sign
 * would, and OAEP on a non-RSA key fails). On every return OpenSSL's error queue is left empty. */
#ifndef WXP_RSA_H
#define WXP_RSA_H

#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include "wxp_buf.h"
#include "wxp_err.h"

/* Where a key string comes from: text in memory, or a file that OpenSSL opens itself (PHP's `file://` keys
 * are read by BIO_new_file(), not by PHP streams). For a file, data is a NUL-terminated path and len its
 * length. */
typedef struct wxp_pkey_source {
    const char *data;
    size_t len;
    int is_file;
} wxp_pkey_source;

/* Reads a private key the way PHP's openssl functions read a key string: PEM_read_bio_PrivateKey() over the
 * text or file (PKCS#1, PKCS#8, EC, and encrypted keys when pass decrypts them; pass NULL is the empty
 * passphrase: OpenSSL never prompts). Returns a new EVP_PKEY, or NULL with err set (WXP_E_KEY). */
EVP_PKEY *wxp_pkey_read_private(const wxp_pkey_source *src, const char *pass, size_t pass_len, wxp_err *err);

/* Reads a public key the way PHP's openssl functions read a key string: the key of the first PEM
 * certificate if there is one, else the first SPKI `PUBLIC KEY` block (PEM_read_bio_PUBKEY()). Returns a
 * new EVP_PKEY, or NULL with err set (WXP_E_KEY). */
EVP_PKEY *wxp_pkey_read_public(const wxp_pkey_source *src, wxp_err *err);

/* Reads the first certificate the way PHP's openssl_x509_read() reads a string (PEM_ASN1_read_bio() of a
 * `CERTIFICATE` block from text, PEM_read_bio_X509() from a file). Returns a new X509 the caller frees with
 * X509_free, or NULL with err set (WXP_E_KEY). */
X509 *wxp_cert_read_as_php(const wxp_pkey_source *src, wxp_err *err);

/* The integers of an RSA key, big-endian unsigned, as PHP's openssl_pkey_get_details() lists them under
 * 'rsa' (n, e, d, p, q, dmp1, dmq1, iqmp). A public key has only n and e (the others NULL or empty). */
typedef enum wxp_rsa_number {
    WXP_RSA_N, WXP_RSA_E, WXP_RSA_D, WXP_RSA_P, WXP_RSA_Q, WXP_RSA_DMP1, WXP_RSA_DMQ1, WXP_RSA_IQMP,
    WXP_RSA_NUMBERS
} wxp_rsa_number;

typedef struct wxp_rsa_numbers {
    const unsigned char *bytes[WXP_RSA_NUMBERS];
    size_t len[WXP_RSA_NUMBERS];
} wxp_rsa_numbers;

/* Builds an RSA key from its integers without any PEM or DER decoding: a public key from n and e, a private
 * key when d is given too. The CRT members (p, q, dmp1, dmq1, iqmp) are used only when all five are given
 * and p * q == n (else, e.g. for a multi-prime key whose details list two primes, the key is built from n,
 * e and d alone: its signatures are the same, only slower). Returns a new EVP_PKEY, or NULL with err set
 * (WXP_E_KEY: n or e missing; WXP_E_NOMEM; WXP_E_CRYPTO). */
EVP_PKEY *wxp_rsa_key_from_numbers(const wxp_rsa_numbers *numbers, wxp_err *err);

/* Returns the largest signature, ciphertext or plaintext (in bytes) an operation under key can produce:
 * the room the output buffers below need. */
size_t wxp_pkey_out_size(EVP_PKEY *key);

/* Signs SHA-256(msg) with a private key, as openssl_sign(..., OPENSSL_ALGO_SHA256) does (RSASSA-PKCS1-v1_5
 * for RSA: deterministic), into sig (wxp_pkey_out_size(key) bytes of room); sets *sig_len. Returns 0, or -1
 * with err set (WXP_E_CRYPTO, or WXP_E_NOMEM). */
int wxp_rsa_sign_sha256(EVP_PKEY *key, const void *msg, size_t msg_len, unsigned char *sig, size_t *sig_len,
                        wxp_err *err);

/* Checks a raw signature of SHA-256(msg) under a public key, as openssl_verify(..., OPENSSL_ALGO_SHA256)
 * does. Returns 1 when it verifies, else 0 (wrong length, wrong key type and OpenSSL failures included). */
int wxp_rsa_verify_sha256(EVP_PKEY *key, const void *msg, size_t msg_len, const unsigned char *sig,
                          size_t sig_len);

/* A key prepared for repeated SHA-256 signing or verification: SHA-256 is fetched once and the signature
 * context is initialised on first use and then reused, so each call only hashes and runs the RSA operation
 * (the one-shot functions above set all of this up per call, as PHP's openssl_sign/openssl_verify do). One
 * prepared key must not be used by two threads at once. */
typedef struct wxp_rsa_prepared wxp_rsa_prepared;

/* Prepares key, taking a reference of it (the caller keeps its own). The prepared key is reference-counted
 * (one reference to begin with). Returns NULL when memory ran out or OpenSSL has no SHA-256. */
wxp_rsa_prepared *wxp_rsa_prepare(EVP_PKEY *key);

/* Takes one more reference of a prepared key (several owners may share it: the key cache and its clients);
 * returns prepared. */
wxp_rsa_prepared *wxp_rsa_prepared_ref(wxp_rsa_prepared *prepared);

/* Returns the prepared key's EVP_PKEY (borrowed). */
EVP_PKEY *wxp_rsa_prepared_key(const wxp_rsa_prepared *prepared);

/* wxp_rsa_sign_sha256() with a prepared key: same bytes, same result codes. */
int wxp_rsa_prepared_sign(wxp_rsa_prepared *prepared, const void *msg, size_t msg_len, unsigned char *sig,
                          size_t *sig_len, wxp_err *err);

/* wxp_rsa_verify_sha256() with a prepared key: same results. */
int wxp_rsa_prepared_verify(wxp_rsa_prepared *prepared, const void *msg, size_t msg_len, const unsigned char *sig,
                            size_t sig_len);

/* What the pieces forms below return besides their results: the signing or verifying context could not be
 * set up (NO_START), or hashing or signing failed (FAILED). OpenSSL's reason is then left queued, for the
 * caller to word its own error with wxp_err_append_openssl() or to drop with ERR_clear_error(). */
#define WXP_RSA_NO_START (-1)
#define WXP_RSA_FAILED (-2)

/* Signs SHA-256 of the concatenated pieces (none is copied) with a prepared key into sig
 * (wxp_pkey_out_size() bytes of room), setting *sig_len: 0, or WXP_RSA_NO_START / WXP_RSA_FAILED with
 * *sig_len 0. */
int wxp_rsa_prepared_sign_pieces(wxp_rsa_prepared *prepared, const wxp_bytes *pieces, size_t count,
                                 unsigned char *sig, size_t *sig_len);

/* Checks a raw signature of SHA-256 of the concatenated pieces with a prepared key: 1 verifies, 0 does not
 * (the error queue is then left empty), or WXP_RSA_NO_START / WXP_RSA_FAILED. */
int wxp_rsa_prepared_verify_pieces(wxp_rsa_prepared *prepared, const wxp_bytes *pieces, size_t count,
                                   const unsigned char *sig, size_t sig_len);

/* Drops one reference of a prepared key; the last one frees it and its key reference. NULL is accepted. */
void wxp_rsa_prepared_free(wxp_rsa_prepared *prepared);

/* Encrypts in under a public key with RSA-OAEP as PHP's OPENSSL_PKCS1_OAEP_PADDING does (SHA-1, MGF1-SHA-1,
 * empty label; randomised) into out (wxp_pkey_out_size(key) bytes of room); sets *out_len. Returns 0, or
 * -1 with err set (WXP_E_CRYPTO, e.g. in longer than the key allows). */
int wxp_rsa_oaep_encrypt(EVP_PKEY *key, const void *in, size_t in_len, unsigned char *out, size_t *out_len,
                         wxp_err *err);

/* Decrypts RSA-OAEP (SHA-1, MGF1-SHA-1, empty label) ciphertext under a private key into out
 * (wxp_pkey_out_size(key) bytes of room); sets *out_len. Returns 0, or -1 with err set (WXP_E_CRYPTO). */
int wxp_rsa_oaep_decrypt(EVP_PKEY *key, const void *in, size_t in_len, unsigned char *out, size_t *out_len,
                         wxp_err *err);

/* Appends to out the DER SubjectPublicKeyInfo that wraps pkcs1 (an RSAPublicKey): SEQUENCE { SEQUENCE {
 * rsaEncryption, NULL }, BIT STRING { 0 unused bits, pkcs1 } }. Like wechatpay-php's Rsa::pkcs1ToSpki(),
 * pkcs1 is wrapped as given, never parsed (lengths are encoded from their low 32 bits, as PHP's pack('N')
 * does). Returns 0, or -1 when memory ran out (out is then unchanged). */
int wxp_rsa_pkcs1_to_spki(const void *pkcs1, size_t len, wxp_buf *out);

#endif
