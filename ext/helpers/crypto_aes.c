/* WeChatPay\Crypto\AesGcm and AesEcb: wechatpay-php's AES helpers over the core's AES and Base64.
 * Outcomes follow the package exactly, as PHP's openssl_*() functions shape them: keys fitted to 32 bytes
 * (zero-padded or cut) rather than refused; a GCM IV outside 1..128 bytes, a tag that does not verify or a
 * padding that is wrong all end as the package's \UnexpectedValueException; Base64 decoded the forgiving way
 * base64_decode() does. Unlike openssl_*(), nothing is written to the warning channel on the way. */
#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "helpers/crypto_aes.h"
#include "wxp_aes.h"
#include "wxp_base64.h"
#include "wxp_hash.h" /* WXP_APIV2_*: the values of the WeChatPay\Crypto\ALGO_* constants */
#include "helpers/crypto_aes_arginfo.h"

zend_class_entry *wechatpay_ce_Crypto_AesInterface;
zend_class_entry *wechatpay_ce_Crypto_AesGcm;
zend_class_entry *wechatpay_ce_Crypto_AesEcb;
zend_class_entry *wechatpay_ce_Crypto_Hash;

#ifndef ZTS
/* The GCM context every call reuses (one thread per process): made at the first call, freed at MSHUTDOWN. */
static wxp_aes_ctx *gcm_ctx;
#define GCM_CTX() (gcm_ctx != NULL ? gcm_ctx : (gcm_ctx = wxp_aes_ctx_new()))
#else
#define GCM_CTX() NULL /* a context per call */
#endif

/* wechatpay-php's messages, verbatim. */
#define MSG_NO_GCM "It looks like the ext-openssl extension missing the `aes-256-gcm` cipher method."
#define MSG_ENCRYPT "Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct."
#define MSG_DECRYPT \
    "Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct."
#define MSG_TAG_LENGTH \
    "The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4."

zend_result php_wechatpay_aes_minit(INIT_FUNC_ARGS)
{
    register_crypto_aes_symbols(module_number);
    wechatpay_ce_Crypto_AesInterface = register_class_WeChatPay_Crypto_AesInterface();
    wechatpay_ce_Crypto_AesGcm = register_class_WeChatPay_Crypto_AesGcm(wechatpay_ce_Crypto_AesInterface);
    wechatpay_ce_Crypto_AesEcb = register_class_WeChatPay_Crypto_AesEcb(wechatpay_ce_Crypto_AesInterface);
    wechatpay_ce_Crypto_Hash = register_class_WeChatPay_Crypto_Hash();
    /* A failure leaves each call to fetch on its own (and AesGcm to report a missing cipher). */
    (void) wxp_aes_global_init();
    return SUCCESS;
}

zend_result php_wechatpay_aes_mshutdown(SHUTDOWN_FUNC_ARGS)
{
#ifndef ZTS
    wxp_aes_ctx_free(gcm_ctx);
    gcm_ctx = NULL;
#endif
    wxp_aes_global_cleanup();
    return SUCCESS;
}

/* A string of the Base64 of len bytes. */
static zend_string *base64_string(const unsigned char *bytes, size_t len)
{
    zend_string *text = zend_string_alloc(WXP_BASE64_ENCODED_LEN(len), 0);

    ZSTR_LEN(text) = wxp_base64_encode(bytes, len, ZSTR_VAL(text));
    return text;
}

/* A string holding the bytes of Base64 text, decoded as base64_decode() does; *len gets their count (the
 * string's own length is left at its capacity until the caller settles it). */
static zend_string *base64_bytes(const zend_string *text, size_t *len)
{
    zend_string *bytes = zend_string_alloc(WXP_BASE64_DECODED_MAX(ZSTR_LEN(text)), 0);

    *len = wxp_base64_decode_php(ZSTR_VAL(text), ZSTR_LEN(text), ZSTR_VAL(bytes));
    return bytes;
}

/* Sets a decoded string's length to len (its plaintext), NUL-terminated. */
static zend_string *settle(zend_string *s, size_t len)
{
    ZSTR_LEN(s) = len;
    ZSTR_VAL(s)[len] = '\0';
    return s;
}

static void discard(zend_string *s, size_t len)
{
    ZEND_SECURE_ZERO(ZSTR_VAL(s), len);
    zend_string_efree(s);
}

/* Reads (plaintext or ciphertext, key, iv = '', aad = '') into the four strings; false with the exception
 * thrown. aad is left NULL for the three-argument AesEcb methods. */
static bool read_args(zend_execute_data *execute_data, zend_string **data, zend_string **key, zend_string **iv,
                      zend_string **aad)
{
    if (!PHP_WECHATPAY_ARG_STR(1, data) || !PHP_WECHATPAY_ARG_STR(2, key) || !PHP_WECHATPAY_ARG_STR(3, iv)
        || (aad != NULL && !PHP_WECHATPAY_ARG_STR(4, aad))) {
        return false;
    }
    if (*iv == NULL) {
        *iv = ZSTR_EMPTY_ALLOC();
    }
    if (aad != NULL && *aad == NULL) {
        *aad = ZSTR_EMPTY_ALLOC();
    }
    return true;
}

ZEND_METHOD(WeChatPay_Crypto_AesGcm, encrypt)
{
    zend_string *plaintext, *key_arg, *iv, *aad;
    unsigned char key[WXP_AES_KEY_LEN], *sealed;
    size_t len;
    wxp_err err;
    int rc;

    if (!read_args(execute_data, &plaintext, &key_arg, &iv, &aad)) {
        RETURN_THROWS();
    }
    if (!wxp_aes_gcm_available()) {
        zend_throw_exception(spl_ce_RuntimeException, MSG_NO_GCM, 0);
        RETURN_THROWS();
    }
    len = ZSTR_LEN(plaintext);
    if (len > SIZE_MAX - 2 * WXP_AES_GCM_TAG_MAX || len > ZSTR_MAX_LEN / 4 * 3 - WXP_AES_GCM_TAG_MAX) {
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_ENCRYPT, 0);
        RETURN_THROWS();
    }
    /* ciphertext || tag, then its Base64. */
    sealed = emalloc(len + WXP_AES_GCM_TAG_MAX);
    wxp_aes_key_fit(ZSTR_VAL(key_arg), ZSTR_LEN(key_arg), key);
    rc = wxp_aes_gcm_encrypt(GCM_CTX(), key, ZSTR_VAL(iv), ZSTR_LEN(iv), ZSTR_VAL(aad), ZSTR_LEN(aad),
                             ZSTR_VAL(plaintext), len, sealed, sealed + len, WXP_AES_GCM_TAG_MAX, &err);
    ZEND_SECURE_ZERO(key, sizeof(key));
    if (rc != 0) {
        efree(sealed);
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_ENCRYPT, 0);
        RETURN_THROWS();
    }
    RETVAL_STR(base64_string(sealed, len + WXP_AES_GCM_TAG_MAX));
    efree(sealed);
}

/* The tag lengths wechatpay-php lets through to openssl_decrypt(). */
static bool tag_length_accepted(size_t n)
{
    return n >= 12 ? n <= WXP_AES_GCM_TAG_MAX : (n == 8 || n == 4);
}

ZEND_METHOD(WeChatPay_Crypto_AesGcm, decrypt)
{
    zend_string *text, *key_arg, *iv, *aad, *bytes;
    unsigned char key[WXP_AES_KEY_LEN];
    size_t n, tag_len, len;
    wxp_err err;
    int rc;

    if (!read_args(execute_data, &text, &key_arg, &iv, &aad)) {
        RETURN_THROWS();
    }
    if (!wxp_aes_gcm_available()) {
        zend_throw_exception(spl_ce_RuntimeException, MSG_NO_GCM, 0);
        RETURN_THROWS();
    }
    bytes = base64_bytes(text, &n);
    /* As the package splits them: the last 16 bytes are the tag and the rest the ciphertext; with fewer than
     * 16 bytes, all of them are the tag and the ciphertext is empty. */
    tag_len = n < WXP_AES_GCM_TAG_MAX ? n : WXP_AES_GCM_TAG_MAX;
    len = n - tag_len;
    if (!tag_length_accepted(tag_len)) {
        discard(bytes, n);
        zend_throw_exception(spl_ce_RuntimeException, MSG_TAG_LENGTH, 0);
        RETURN_THROWS();
    }
    wxp_aes_key_fit(ZSTR_VAL(key_arg), ZSTR_LEN(key_arg), key);
    rc = wxp_aes_gcm_decrypt(GCM_CTX(), key, ZSTR_VAL(iv), ZSTR_LEN(iv), ZSTR_VAL(aad), ZSTR_LEN(aad),
                             (unsigned char *) ZSTR_VAL(bytes), len, (unsigned char *) ZSTR_VAL(bytes) + len, tag_len,
                             ZSTR_VAL(bytes), &err);
    ZEND_SECURE_ZERO(key, sizeof(key));
    if (rc != 1) {
        discard(bytes, n);
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_DECRYPT, 0);
        RETURN_THROWS();
    }
    ZEND_SECURE_ZERO(ZSTR_VAL(bytes) + len, tag_len);
    RETURN_STR(settle(bytes, len));
}

ZEND_METHOD(WeChatPay_Crypto_AesEcb, encrypt)
{
    zend_string *plaintext, *key_arg, *iv;
    unsigned char key[WXP_AES_KEY_LEN], *sealed;
    size_t len, sealed_len = 0;
    wxp_err err;
    int rc;

    if (!read_args(execute_data, &plaintext, &key_arg, &iv, NULL)) {
        RETURN_THROWS();
    }
    len = ZSTR_LEN(plaintext);
    if (len > ZSTR_MAX_LEN / 4 * 3 - WXP_AES_BLOCK_LEN) {
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_ENCRYPT, 0);
        RETURN_THROWS();
    }
    sealed = emalloc(wxp_aes_ecb_padded_len(len));
    wxp_aes_key_fit(ZSTR_VAL(key_arg), ZSTR_LEN(key_arg), key);
    rc = wxp_aes_ecb_encrypt(key, ZSTR_VAL(plaintext), len, sealed, &sealed_len, &err);
    ZEND_SECURE_ZERO(key, sizeof(key));
    if (rc != 0) {
        efree(sealed);
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_ENCRYPT, 0);
        RETURN_THROWS();
    }
    RETVAL_STR(base64_string(sealed, sealed_len));
    efree(sealed);
}

ZEND_METHOD(WeChatPay_Crypto_AesEcb, decrypt)
{
    zend_string *text, *key_arg, *iv, *bytes;
    unsigned char key[WXP_AES_KEY_LEN];
    size_t n, len = 0;
    wxp_err err;
    int rc;

    if (!read_args(execute_data, &text, &key_arg, &iv, NULL)) {
        RETURN_THROWS();
    }
    bytes = base64_bytes(text, &n);
    wxp_aes_key_fit(ZSTR_VAL(key_arg), ZSTR_LEN(key_arg), key);
    rc = wxp_aes_ecb_decrypt(key, ZSTR_VAL(bytes), n, ZSTR_VAL(bytes), &len, &err);
    ZEND_SECURE_ZERO(key, sizeof(key));
    if (rc != 1) {
        discard(bytes, n);
        zend_throw_exception(spl_ce_UnexpectedValueException, MSG_DECRYPT, 0);
        RETURN_THROWS();
    }
    ZEND_SECURE_ZERO(ZSTR_VAL(bytes) + len, n - len);
    RETURN_STR(settle(bytes, len));
}
