/* AES-256-GCM and AES-256-ECB over OpenSSL's EVP interface. The ciphers are fetched once when the caller
 * asks for it (wxp_aes_global_init), which spares every call the implicit fetch PHP's openssl functions pay.
 * ECB's PKCS#7 padding is done here, with OpenSSL's padding switched off, so that every output fits the
 * input's own length (in-place decryption) and a wrong padding is told apart from a failure of OpenSSL. */
#include "wxp_aes.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>

/* EVP_CipherUpdate takes an int length: longer inputs go through in pieces of this size (a multiple of
 * the block size, so ECB needs no carry between pieces). */
#define WXP_AES_PIECE ((size_t) 1 << 30)

/* GCM's native IV length: the one that needs no IV-length parameter. */
#define WXP_AES_GCM_IV_NATIVE 12

static EVP_CIPHER *gcm_fetched;
static EVP_CIPHER *ecb_fetched;

int wxp_aes_global_init(void)
{
    if (gcm_fetched == NULL) {
        gcm_fetched = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
    }
    if (ecb_fetched == NULL) {
        ecb_fetched = EVP_CIPHER_fetch(NULL, "AES-256-ECB", NULL);
    }
    ERR_clear_error();
    return gcm_fetched != NULL && ecb_fetched != NULL ? 0 : -1;
}

void wxp_aes_global_cleanup(void)
{
    EVP_CIPHER_free(gcm_fetched);
    EVP_CIPHER_free(ecb_fetched);
    gcm_fetched = NULL;
    ecb_fetched = NULL;
}

/* The fetched cipher, or OpenSSL's built-in one (fetched implicitly by each init) before global init. */
static const EVP_CIPHER *gcm_cipher(void)
{
    return gcm_fetched != NULL ? gcm_fetched : EVP_aes_256_gcm();
}

static const EVP_CIPHER *ecb_cipher(void)
{
    return ecb_fetched != NULL ? ecb_fetched : EVP_aes_256_ecb();
}

int wxp_aes_gcm_available(void)
{
    EVP_CIPHER *probe;

    if (gcm_fetched != NULL) {
        return 1;
    }
    probe = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
    ERR_clear_error();
    EVP_CIPHER_free(probe);
    return probe != NULL;
}

void wxp_aes_key_fit(const void *key, size_t key_len, unsigned char out[WXP_AES_KEY_LEN])
{
    size_t n = key_len < WXP_AES_KEY_LEN ? key_len : WXP_AES_KEY_LEN;

    if (n > 0) {
        memcpy(out, key, n);
    }
    memset(out + n, 0, WXP_AES_KEY_LEN - n);
}

/* Sets err from OpenSSL's queue (which it empties) and returns -1. */
static int crypto_failure(wxp_err *err, const char *what)
{
    wxp_err_set(err, WXP_E_CRYPTO, "OpenSSL failed to %s", what);
    wxp_err_append_openssl(err);
    return -1;
}

/* Runs len bytes of in through ctx into out (either may be NULL for GCM's AAD), in pieces EVP accepts. */
static int cipher_update(EVP_CIPHER_CTX *ctx, unsigned char *out, const unsigned char *in, size_t len)
{
    while (len > 0) {
        size_t piece = len < WXP_AES_PIECE ? len : WXP_AES_PIECE;
        int written = 0;

        if (!EVP_CipherUpdate(ctx, out, &written, in, (int) piece)) {
            return -1;
        }
        if (out != NULL) {
            out += written;
        }
        in += piece;
        len -= piece;
    }
    return 0;
}

struct wxp_aes_ctx {
    EVP_CIPHER_CTX *evp; /* NULL until first used, and again after OpenSSL failed in it */
    size_t iv_len;       /* the IV length evp is set for */
};

wxp_aes_ctx *wxp_aes_ctx_new(void)
{
    return calloc(1, sizeof(wxp_aes_ctx));
}

void wxp_aes_ctx_free(wxp_aes_ctx *ctx)
{
    if (ctx != NULL) {
        EVP_CIPHER_CTX_free(ctx->evp);
        free(ctx);
    }
}

/* Readies a GCM context for enc (1) or dec (0) under key and iv: reuse's (set up again) when given, else a
 * new one. The IV length is set first whenever it differs from the length the context holds (GCM's native
 * 12 bytes for a new one). Returns NULL with err set. */
static EVP_CIPHER_CTX *gcm_start(wxp_aes_ctx *reuse, int enc, const unsigned char *key, const void *iv, size_t iv_len,
                                 wxp_err *err)
{
    EVP_CIPHER_CTX *ctx = reuse != NULL ? reuse->evp : NULL;
    const EVP_CIPHER *cipher = NULL;
    size_t held = reuse != NULL && ctx != NULL ? reuse->iv_len : WXP_AES_GCM_IV_NATIVE;
    OSSL_PARAM params[2];
    size_t param_iv_len = iv_len;

    if (ctx == NULL) {
        if ((ctx = EVP_CIPHER_CTX_new()) == NULL) {
            wxp_err_set(err, WXP_E_NOMEM, "Out of memory for an AES-256-GCM context");
            return NULL;
        }
        cipher = gcm_cipher();
    }
    params[0] = OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &param_iv_len);
    params[1] = OSSL_PARAM_construct_end();
    if ((iv_len == held || EVP_CipherInit_ex2(ctx, cipher, NULL, NULL, enc, params))
        && EVP_CipherInit_ex2(ctx, iv_len == held ? cipher : NULL, key, iv, enc, NULL)) {
        if (reuse != NULL) {
            reuse->evp = ctx;
            reuse->iv_len = iv_len;
        }
        return ctx;
    }
    EVP_CIPHER_CTX_free(ctx);
    if (reuse != NULL) {
        reuse->evp = NULL;
    }
    crypto_failure(err, "start AES-256-GCM");
    return NULL;
}

/* Ends a call on ctx: frees it unless reuse keeps it, or when OpenSSL failed in it. */
static void gcm_end(wxp_aes_ctx *reuse, EVP_CIPHER_CTX *ctx, int failed)
{
    if (reuse == NULL) {
        EVP_CIPHER_CTX_free(ctx);
    } else if (failed) {
        EVP_CIPHER_CTX_free(ctx);
        reuse->evp = NULL;
    }
}

static int gcm_check_lengths(size_t iv_len, size_t tag_len, wxp_err *err)
{
    if (iv_len == 0 || iv_len > WXP_AES_GCM_IV_MAX) {
        return wxp_err_set(err, WXP_E_INVALID, "The AES-256-GCM IV must be 1 to %d bytes long, not %zu",
                           WXP_AES_GCM_IV_MAX, iv_len);
    }
    if (tag_len == 0 || tag_len > WXP_AES_GCM_TAG_MAX) {
        return wxp_err_set(err, WXP_E_INVALID, "The AES-256-GCM tag must be 1 to %d bytes long, not %zu",
                           WXP_AES_GCM_TAG_MAX, tag_len);
    }
    return 0;
}

int wxp_aes_gcm_encrypt(wxp_aes_ctx *reuse, const unsigned char key[WXP_AES_KEY_LEN], const void *iv, size_t iv_len,
                        const void *aad, size_t aad_len, const void *in, size_t len, void *out, unsigned char *tag,
                        size_t tag_len, wxp_err *err)
{
    EVP_CIPHER_CTX *ctx;
    OSSL_PARAM params[2];
    unsigned char final_block[WXP_AES_BLOCK_LEN];
    int written = 0;

    if (gcm_check_lengths(iv_len, tag_len, err) != 0) {
        return -1;
    }
    if ((ctx = gcm_start(reuse, 1, key, iv, iv_len, err)) == NULL) {
        return -1;
    }
    params[0] = OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, tag_len);
    params[1] = OSSL_PARAM_construct_end();
    if (cipher_update(ctx, NULL, aad, aad_len) != 0 || cipher_update(ctx, out, in, len) != 0
        || !EVP_CipherFinal_ex(ctx, final_block, &written) || !EVP_CIPHER_CTX_get_params(ctx, params)) {
        gcm_end(reuse, ctx, 1);
        return crypto_failure(err, "encrypt with AES-256-GCM");
    }
    gcm_end(reuse, ctx, 0);
    return 0;
}

int wxp_aes_gcm_decrypt(wxp_aes_ctx *reuse, const unsigned char key[WXP_AES_KEY_LEN], const void *iv, size_t iv_len,
                        const void *aad, size_t aad_len, const void *in, size_t len, const unsigned char *tag,
                        size_t tag_len, void *out, wxp_err *err)
{
    EVP_CIPHER_CTX *ctx;
    OSSL_PARAM params[2];
    unsigned char final_block[WXP_AES_BLOCK_LEN];
    int written = 0, verified;

    if (gcm_check_lengths(iv_len, tag_len, err) != 0) {
        return -1;
    }
    if ((ctx = gcm_start(reuse, 0, key, iv, iv_len, err)) == NULL) {
        return -1;
    }
    params[0] = OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, (void *) tag, tag_len);
    params[1] = OSSL_PARAM_construct_end();
    if (cipher_update(ctx, NULL, aad, aad_len) != 0 || cipher_update(ctx, out, in, len) != 0
        || !EVP_CIPHER_CTX_set_params(ctx, params)) {
        gcm_end(reuse, ctx, 1);
        if (len > 0) {
            OPENSSL_cleanse(out, len);
        }
        return crypto_failure(err, "decrypt with AES-256-GCM");
    }
    /* GCM's final step writes nothing and only compares the tag; a context whose tag did not match is as
     * good as any for the next call. */
    verified = EVP_CipherFinal_ex(ctx, final_block, &written) > 0;
    gcm_end(reuse, ctx, 0);
    if (!verified) {
        ERR_clear_error();
        if (len > 0) {
            OPENSSL_cleanse(out, len);
        }
        return 0;
    }
    return 1;
}

size_t wxp_aes_ecb_padded_len(size_t len)
{
    return len - len % WXP_AES_BLOCK_LEN + WXP_AES_BLOCK_LEN;
}

/* Makes an AES-256-ECB context without OpenSSL's padding. Returns NULL with err set. */
static EVP_CIPHER_CTX *ecb_start(int enc, const unsigned char *key, wxp_err *err)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();

    if (ctx == NULL) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory for an AES-256-ECB context");
        return NULL;
    }
    if (!EVP_CipherInit_ex2(ctx, ecb_cipher(), key, NULL, enc, NULL) || !EVP_CIPHER_CTX_set_padding(ctx, 0)) {
        EVP_CIPHER_CTX_free(ctx);
        crypto_failure(err, "start AES-256-ECB");
        return NULL;
    }
    return ctx;
}

int wxp_aes_ecb_encrypt(const unsigned char key[WXP_AES_KEY_LEN], const void *in, size_t len, void *out,
                        size_t *out_len, wxp_err *err)
{
    size_t whole = len - len % WXP_AES_BLOCK_LEN, rest = len - whole;
    unsigned char last[WXP_AES_BLOCK_LEN];
    EVP_CIPHER_CTX *ctx;
    int failed;

    /* The padded last block is taken before anything is written, so out may overlap in. */
    if (rest > 0) {
        memcpy(last, (const unsigned char *) in + whole, rest);
    }
    memset(last + rest, (int) (WXP_AES_BLOCK_LEN - rest), WXP_AES_BLOCK_LEN - rest);
    if ((ctx = ecb_start(1, key, err)) == NULL) {
        OPENSSL_cleanse(last, sizeof(last));
        return -1;
    }
    failed = cipher_update(ctx, out, in, whole) != 0
             || cipher_update(ctx, (unsigned char *) out + whole, last, WXP_AES_BLOCK_LEN) != 0;
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(last, sizeof(last));
    if (failed) {
        return crypto_failure(err, "encrypt with AES-256-ECB");
    }
    *out_len = whole + WXP_AES_BLOCK_LEN;
    return 0;
}

int wxp_aes_ecb_decrypt(const unsigned char key[WXP_AES_KEY_LEN], const void *in, size_t len, void *out,
                        size_t *out_len, wxp_err *err)
{
    unsigned char *plain = out, pad, bad;
    EVP_CIPHER_CTX *ctx;
    size_t i;
    int failed;

    if (len == 0 || len % WXP_AES_BLOCK_LEN != 0) {
        return 0;
    }
    if ((ctx = ecb_start(0, key, err)) == NULL) {
        return -1;
    }
    failed = cipher_update(ctx, out, in, len) != 0;
    EVP_CIPHER_CTX_free(ctx);
    if (failed) {
        OPENSSL_cleanse(out, len);
        return crypto_failure(err, "decrypt with AES-256-ECB");
    }
    /* PKCS#7, checked over the whole last block without an early exit. */
    pad = plain[len - 1];
    bad = (unsigned char) (pad == 0 || pad > WXP_AES_BLOCK_LEN);
    for (i = 0; i < WXP_AES_BLOCK_LEN; i++) {
        unsigned char covered = (unsigned char) (i < pad);

        bad |= (unsigned char) (covered & (plain[len - 1 - i] != pad));
    }
    if (bad) {
        OPENSSL_cleanse(out, len);
        return 0;
    }
    *out_len = len - pad;
    return 1;
}
