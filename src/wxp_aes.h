/* AES-256 over OpenSSL: GCM with any IV and tag length (APIv3 callbacks and platform certificates, the
 * AEAD_AES_256_GCM of the protocol) and ECB with PKCS#7 padding (APIv2 refund notices). Buffers are the
 * caller's; nothing here allocates beyond OpenSSL's cipher context. */
#ifndef WXP_AES_H
#define WXP_AES_H

#include <stddef.h>
#include "wxp_err.h"

#define WXP_AES_KEY_LEN 32      /* AES-256 */
#define WXP_AES_BLOCK_LEN 16
#define WXP_AES_GCM_TAG_MAX 16
#define WXP_AES_GCM_IV_MAX 128  /* OpenSSL's limit for a GCM IV */

/* Fetches the two ciphers once for the process (optional: without it every call fetches them, as PHP's
 * openssl_*() functions do). Returns 0, or -1 when OpenSSL has neither. Not thread-safe: call it before any
 * thread uses this module, and wxp_aes_global_cleanup() after they are done. */
int wxp_aes_global_init(void);

/* Releases what wxp_aes_global_init() fetched; safe to call twice or without init. */
void wxp_aes_global_cleanup(void);

/* Returns 1 when OpenSSL offers AES-256-GCM here (a FIPS provider without it, or a stripped build, would not). */
int wxp_aes_gcm_available(void);

/* Fits key to exactly WXP_AES_KEY_LEN bytes in out as PHP's openssl_encrypt()/openssl_decrypt() do for
 * AES-256: a shorter key is padded with zero bytes, a longer one is cut after 32 bytes. */
void wxp_aes_key_fit(const void *key, size_t key_len, unsigned char out[WXP_AES_KEY_LEN]);

/* A GCM context kept from call to call, which spares each call OpenSSL's context allocation and setup (a
 * third of a callback-sized decryption). Use from one thread at a time. It keeps the last key's schedule
 * until it is used again or freed. */
typedef struct wxp_aes_ctx wxp_aes_ctx;

/* Makes an unused context; NULL when memory ran out. */
wxp_aes_ctx *wxp_aes_ctx_new(void);

/* Frees a context (NULL is fine). */
void wxp_aes_ctx_free(wxp_aes_ctx *ctx);

/* AES-256-GCM encryption of len bytes of in into out (len bytes; out may equal in), with iv_len (1 to
 * WXP_AES_GCM_IV_MAX) bytes of iv and aad_len bytes of aad; writes the first tag_len (1 to 16) bytes of the
 * tag to tag, in reuse's context when given (else in one made for the call). Returns 0, or -1 with err set
 * (WXP_E_INVALID for an IV or tag length out of range, WXP_E_CRYPTO when OpenSSL fails). */
int wxp_aes_gcm_encrypt(wxp_aes_ctx *reuse, const unsigned char key[WXP_AES_KEY_LEN], const void *iv, size_t iv_len,
                        const void *aad, size_t aad_len, const void *in, size_t len, void *out, unsigned char *tag,
                        size_t tag_len, wxp_err *err);

/* AES-256-GCM decryption of len bytes of in into out (len bytes; out may equal in), checking the first
 * tag_len (1 to 16) bytes of the tag, in reuse's context when given. Returns 1 when the tag verifies, 0 when
 * it does not (out is then zeroed), -1 with err set for an IV or tag length out of range (WXP_E_INVALID) or
 * an OpenSSL failure. */
int wxp_aes_gcm_decrypt(wxp_aes_ctx *reuse, const unsigned char key[WXP_AES_KEY_LEN], const void *iv, size_t iv_len,
                        const void *aad, size_t aad_len, const void *in, size_t len, const unsigned char *tag,
                        size_t tag_len, void *out, wxp_err *err);

/* Bytes AES-256-ECB with PKCS#7 padding makes of len bytes: the next multiple of 16 above len. */
size_t wxp_aes_ecb_padded_len(size_t len);

/* AES-256-ECB encryption with PKCS#7 padding of len bytes of in into out (wxp_aes_ecb_padded_len(len) bytes;
 * out may equal in when that buffer is large enough); *out_len gets the ciphertext length. Returns 0, or -1
 * with err set (WXP_E_CRYPTO). */
int wxp_aes_ecb_encrypt(const unsigned char key[WXP_AES_KEY_LEN], const void *in, size_t len, void *out,
                        size_t *out_len, wxp_err *err);

/* AES-256-ECB decryption of len bytes of in into out (len bytes; out may equal in), removing PKCS#7 padding
 * with OpenSSL's rules (last byte n of 1..16, the last n bytes all n); *out_len gets the plaintext length.
 * Returns 1; 0 when len is not a positive multiple of 16 or the padding is wrong (out is then zeroed); -1
 * with err set when OpenSSL fails. */
int wxp_aes_ecb_decrypt(const unsigned char key[WXP_AES_KEY_LEN], const void *in, size_t len, void *out,
                        size_t *out_len, wxp_err *err);

#endif
