/* WeChatPay\Crypto\Hash: wechatpay-php's APIv2 hash helpers. MD5 and the HMACs OpenSSL also implements run in
 * the core (wxp_hash); an HMAC over one of PHP's other hash_hmac_algos() (md4, ripemd*, whirlpool, tiger*,
 * snefru*, gost*, haval*), or anything OpenSSL refuses here, runs over ext/hash's own implementation, so
 * every algorithm the package accepts gives the same digest. Refusals are hash_init()'s \ValueError, word for
 * word, as the package lets it escape. */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/hash/php_hash.h"
#include "php_wechatpay.h"
#include "helpers/crypto_aes.h"
#include "support/php_call.h"
#include "wxp_hash.h"

/* hash_init()'s refusals, as apps see them through the package. */
#define MSG_ALGO_UNKNOWN "hash_init(): Argument #1 ($algo) must be a valid hashing algorithm"
#define MSG_ALGO_NOT_CRYPTO "hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested"
#define MSG_KEY_EMPTY "hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested"

/* The pieces hashed in one call: wechatpay-php streams `thing`, then `&key=` (or `&secret=`) and the key. */
typedef struct hash_input {
    const char *part[3];
    size_t len[3];
    size_t count;
} hash_input;

static void input_init(hash_input *in, const zend_string *thing)
{
    in->part[0] = ZSTR_VAL(thing);
    in->len[0] = ZSTR_LEN(thing);
    in->count = 1;
}

static void input_add(hash_input *in, const char *part, size_t len)
{
    in->part[in->count] = part;
    in->len[in->count] = len;
    in->count++;
}

/* Runs the input through the core (md, as HMAC under key when key is not NULL) into a hex string; NULL when
 * OpenSSL cannot (a FIPS-only configuration refusing MD5, say): the caller then uses ext/hash's own code. */
static zend_string *core_hex(const EVP_MD *md, const zend_string *key, const hash_input *in)
{
    char hex[WXP_HASH_HEX_MAX];
    wxp_hash h;
    wxp_err err;
    size_t i;

    wxp_err_clear(&err);
    if (wxp_hash_begin(&h, md, key != NULL, key ? ZSTR_VAL(key) : NULL, key ? ZSTR_LEN(key) : 0, &err) != 0) {
        return NULL;
    }
    for (i = 0; i < in->count; i++) {
        if (wxp_hash_update(&h, in->part[i], in->len[i], &err) != 0) {
            wxp_hash_abort(&h);
            return NULL;
        }
    }
    if (wxp_hash_final_hex(&h, hex, 0, &err) != 0) {
        return NULL;
    }
    return zend_string_init(hex, strlen(hex), 0);
}

/* The plain digest of the input with one of ext/hash's algorithms, as hex. */
static zend_string *php_ops_hex(const php_hash_ops *ops, const hash_input *in)
{
    void *ctx = php_hash_alloc_context(ops);
    unsigned char *digest = emalloc(ops->digest_size);
    zend_string *hex = zend_string_alloc(2 * ops->digest_size, 0);
    size_t i;

    ops->hash_init(ctx, NULL);
    for (i = 0; i < in->count; i++) {
        ops->hash_update(ctx, (const unsigned char *) in->part[i], in->len[i]);
    }
    ops->hash_final(digest, ctx);
    wxp_hex(digest, ops->digest_size, 0, ZSTR_VAL(hex));
    efree(digest);
    efree(ctx);
    return hex;
}

/* RFC 2104 HMAC over one of ext/hash's algorithms, as hash_init(..., HASH_HMAC, $key) computes it. */
static zend_string *php_ops_hmac_hex(const php_hash_ops *ops, const zend_string *key, const hash_input *in)
{
    void *ctx = php_hash_alloc_context(ops);
    unsigned char *block = ecalloc(1, ops->block_size), *pad = emalloc(ops->block_size);
    unsigned char *digest = emalloc(ops->digest_size);
    zend_string *hex = zend_string_alloc(2 * ops->digest_size, 0);
    size_t i;

    /* The key, hashed first when longer than a block, zero-padded to a block. */
    if (ZSTR_LEN(key) > ops->block_size) {
        ops->hash_init(ctx, NULL);
        ops->hash_update(ctx, (const unsigned char *) ZSTR_VAL(key), ZSTR_LEN(key));
        ops->hash_final(block, ctx);
    } else {
        memcpy(block, ZSTR_VAL(key), ZSTR_LEN(key));
    }
    for (i = 0; i < ops->block_size; i++) {
        pad[i] = block[i] ^ 0x36;
    }
    ops->hash_init(ctx, NULL);
    ops->hash_update(ctx, pad, ops->block_size);
    for (i = 0; i < in->count; i++) {
        ops->hash_update(ctx, (const unsigned char *) in->part[i], in->len[i]);
    }
    ops->hash_final(digest, ctx);
    for (i = 0; i < ops->block_size; i++) {
        pad[i] = block[i] ^ 0x5c;
    }
    ops->hash_init(ctx, NULL);
    ops->hash_update(ctx, pad, ops->block_size);
    ops->hash_update(ctx, digest, ops->digest_size);
    ops->hash_final(digest, ctx);
    wxp_hex(digest, ops->digest_size, 0, ZSTR_VAL(hex));

    ZEND_SECURE_ZERO(block, ops->block_size);
    ZEND_SECURE_ZERO(pad, ops->block_size);
    ZEND_SECURE_ZERO(ctx, ops->context_size);
    efree(block);
    efree(pad);
    efree(digest);
    efree(ctx);
    return hex;
}

/* Hash::md5($thing, $key, $agency): the key part only when $key is truthy, `&secret=` when $agency is. */
static zend_string *md5_hex(const zend_string *thing, const zend_string *key, zval *agency)
{
    hash_input in;
    zend_string *hex;

    input_init(&in, thing);
    if (key != NULL && ZSTR_LEN(key) > 0 && !(ZSTR_LEN(key) == 1 && ZSTR_VAL(key)[0] == '0')) {
        if (agency != NULL && zend_is_true(agency)) {
            input_add(&in, "&secret=", sizeof("&secret=") - 1);
        } else {
            input_add(&in, "&key=", sizeof("&key=") - 1);
        }
        input_add(&in, ZSTR_VAL(key), ZSTR_LEN(key));
    }
    if ((hex = core_hex(EVP_md5(), NULL, &in)) == NULL) {
        zend_string *md5 = zend_string_init("md5", sizeof("md5") - 1, 0);

        hex = php_ops_hex(php_hash_fetch_ops(md5), &in);
        zend_string_release(md5);
    }
    return hex;
}

/* Hash::hmac($thing, $key, $algorithm): HMAC of `$thing&key=$key` under $key; NULL with hash_init()'s
 * ValueError thrown for a bad algorithm or an empty key. */
static zend_string *hmac_hex(const zend_string *thing, const zend_string *key, zend_string *algorithm)
{
    const php_hash_ops *ops = php_hash_fetch_ops(algorithm);
    const EVP_MD *md;
    zend_string *hex;
    hash_input in;

    if (ops == NULL) {
        zend_throw_error(zend_ce_value_error, MSG_ALGO_UNKNOWN);
        return NULL;
    }
    if (!ops->is_crypto) {
        zend_throw_error(zend_ce_value_error, MSG_ALGO_NOT_CRYPTO);
        return NULL;
    }
    if (ZSTR_LEN(key) == 0) {
        zend_throw_error(zend_ce_value_error, MSG_KEY_EMPTY);
        return NULL;
    }
    input_init(&in, thing);
    input_add(&in, "&key=", sizeof("&key=") - 1);
    input_add(&in, ZSTR_VAL(key), ZSTR_LEN(key));
    md = wxp_hash_md_for_php_name(ZSTR_VAL(algorithm), ZSTR_LEN(algorithm));
    if (md != NULL && (hex = core_hex(md, key, &in)) != NULL) {
        return hex;
    }
    return php_ops_hmac_hex(ops, key, &in);
}

/* hmac_hex() with the default algorithm, `sha256`. */
static zend_string *hmac_sha256_hex(const zend_string *thing, const zend_string *key)
{
    zend_string *sha256 = zend_string_init("sha256", sizeof("sha256") - 1, 0), *hex;

    hex = hmac_hex(thing, key, sha256);
    zend_string_release(sha256);
    return hex;
}

ZEND_METHOD(WeChatPay_Crypto_Hash, md5)
{
    zend_string *thing, *key, *hex;
    zval *agency;
    bool missing;

    if (!PHP_WECHATPAY_ARG_STR(1, &thing) || !PHP_WECHATPAY_ARG_STR(2, &key)) {
        RETURN_THROWS();
    }
    agency = php_wechatpay_arg_any(execute_data, 3, &missing);
    if ((hex = md5_hex(thing, key, agency)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR(hex);
}

ZEND_METHOD(WeChatPay_Crypto_Hash, hmac)
{
    zend_string *thing, *key, *algorithm, *hex;

    if (!PHP_WECHATPAY_ARG_STR(1, &thing) || !PHP_WECHATPAY_ARG_STR(2, &key) || !PHP_WECHATPAY_ARG_STR(3, &algorithm)) {
        RETURN_THROWS();
    }
    hex = algorithm != NULL ? hmac_hex(thing, key, algorithm) : hmac_sha256_hex(thing, key);
    if (hex == NULL) {
        RETURN_THROWS();
    }
    RETURN_STR(hex);
}

ZEND_METHOD(WeChatPay_Crypto_Hash, equals)
{
    zend_string *known, *user;

    if (!PHP_WECHATPAY_ARG_STR(1, &known) || !php_wechatpay_arg_string(execute_data, 2, true, &user)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(user != NULL
                && wxp_hash_equals(ZSTR_VAL(known), ZSTR_LEN(known), ZSTR_VAL(user), ZSTR_LEN(user)));
}

/* The class's own md5 or hmac unless the class sign() was called on overrides it: the package calls
 * static::md5() / static::hmac(), so a subclass's version signs. */
static zend_function *overriding_method(zend_execute_data *execute_data, const char *name, size_t len)
{
    zend_class_entry *called = zend_get_called_scope(execute_data);
    zend_function *method;

    if (called == NULL || called == wechatpay_ce_Crypto_Hash) {
        return NULL;
    }
    method = zend_hash_str_find_ptr(&called->function_table, name, len);
    return method != NULL && method->common.scope != wechatpay_ce_Crypto_Hash ? method : NULL;
}

ZEND_METHOD(WeChatPay_Crypto_Hash, sign)
{
    zend_string *type, *data, *key, *hex;
    zend_function *override;
    bool hmac;

    if (!PHP_WECHATPAY_ARG_STR(1, &type) || !PHP_WECHATPAY_ARG_STR(2, &data) || !PHP_WECHATPAY_ARG_STR(3, &key)) {
        RETURN_THROWS();
    }
    if (zend_string_equals_literal(type, WXP_APIV2_HMAC_SHA256)) {
        hmac = true;
    } else if (zend_string_equals_literal(type, WXP_APIV2_MD5)) {
        hmac = false;
    } else {
        RETURN_NULL();
    }
    override = hmac ? overriding_method(execute_data, ZEND_STRL("hmac")) : overriding_method(execute_data, ZEND_STRL("md5"));
    if (override != NULL) {
        zval args[2], result;

        ZVAL_STR(&args[0], data);
        ZVAL_STR(&args[1], key);
        if (php_wechatpay_call_known(override, NULL, zend_get_called_scope(execute_data), &result, 2, args) == FAILURE) {
            RETURN_THROWS();
        }
        hex = zval_try_get_string(&result);
        zval_ptr_dtor(&result);
        if (hex == NULL) {
            RETURN_THROWS();
        }
    } else {
        hex = hmac ? hmac_sha256_hex(data, key) : md5_hex(data, key, NULL);
        if (hex == NULL) {
            RETURN_THROWS();
        }
    }
    RETVAL_STR(zend_string_toupper(hex));
    zend_string_release(hex);
}
