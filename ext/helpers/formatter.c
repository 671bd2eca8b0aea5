/* WeChatPay\Formatter: the strings of the protocol, built by the same core functions the client signs with
 * (wxp_sign.h), so what an app formats and what the extension sends cannot drift apart. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "wxp_clock.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "helpers/util.h"
#include "wxp_sign.h"

/* Returns the core buffer as a PHP string (the buffer is freed), or NULL with an Error thrown. */
static zend_string *buf_to_string(wxp_buf *buf, int rc)
{
    zend_string *str = NULL;

    if (rc == 0) {
        str = zend_string_init(buf->data ? buf->data : "", buf->len, 0);
    } else {
        zend_throw_error(NULL, "Out of memory formatting a message");
    }
    wxp_buf_free(buf);
    return str;
}

ZEND_METHOD(WeChatPay_Formatter, nonce)
{
    zend_long size = 32;
    zend_string *nonce;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(size)
    ZEND_PARSE_PARAMETERS_END();

    if (size < 1) {
        zend_throw_exception(spl_ce_InvalidArgumentException, "Size must be a positive integer.", 0);
        RETURN_THROWS();
    }
    nonce = zend_string_alloc((size_t) size, 0);
    if (wxp_nonce_fill(ZSTR_VAL(nonce), (size_t) size) != 0) {
        zend_string_efree(nonce);
        zend_throw_exception(zend_ce_exception, "Cannot gather sufficient random data for a nonce", 0);
        RETURN_THROWS();
    }
    ZSTR_VAL(nonce)[size] = '\0';
    RETURN_NEW_STR(nonce);
}

ZEND_METHOD(WeChatPay_Formatter, timestamp)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG((zend_long) wxp_clock_unix_seconds());
}

/* The parameters come as (mchid, nonce, signature, timestamp, serial); the header lists them as mchid,
 * serial_no, timestamp, nonce_str, signature. */
ZEND_METHOD(WeChatPay_Formatter, authorization)
{
    zend_string *mchid, *nonce, *signature, *timestamp, *serial;
    const char *values[5];
    size_t lens[5];
    wxp_buf out;
    zend_string *value;

    ZEND_PARSE_PARAMETERS_START(5, 5)
        Z_PARAM_STR(mchid)
        Z_PARAM_STR(nonce)
        Z_PARAM_STR(signature)
        Z_PARAM_STR(timestamp)
        Z_PARAM_STR(serial)
    ZEND_PARSE_PARAMETERS_END();

    values[0] = ZSTR_VAL(mchid);
    lens[0] = ZSTR_LEN(mchid);
    values[1] = ZSTR_VAL(serial);
    lens[1] = ZSTR_LEN(serial);
    values[2] = ZSTR_VAL(timestamp);
    lens[2] = ZSTR_LEN(timestamp);
    values[3] = ZSTR_VAL(nonce);
    lens[3] = ZSTR_LEN(nonce);
    values[4] = ZSTR_VAL(signature);
    lens[4] = ZSTR_LEN(signature);
    wxp_buf_init(&out);
    value = buf_to_string(&out, wxp_authorization_fields(&out, values, lens));
    if (value == NULL) {
        RETURN_THROWS();
    }
    RETURN_NEW_STR(value);
}

/* Returns the pieces, each followed by "\n", as a new PHP string; NULL with an Error thrown. */
static zend_string *join_lines(zend_string **pieces, size_t count)
{
    const char *data[5];
    size_t lens[5], i;
    wxp_buf out;

    for (i = 0; i < count; i++) {
        data[i] = ZSTR_VAL(pieces[i]);
        lens[i] = ZSTR_LEN(pieces[i]);
    }
    wxp_buf_init(&out);
    return buf_to_string(&out, wxp_join_lines(&out, data, lens, count));
}

ZEND_METHOD(WeChatPay_Formatter, request)
{
    zend_string *pieces[5], *value;

    pieces[4] = ZSTR_EMPTY_ALLOC();
    ZEND_PARSE_PARAMETERS_START(4, 5)
        Z_PARAM_STR(pieces[0])
        Z_PARAM_STR(pieces[1])
        Z_PARAM_STR(pieces[2])
        Z_PARAM_STR(pieces[3])
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(pieces[4])
    ZEND_PARSE_PARAMETERS_END();

    if ((value = join_lines(pieces, 5)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_NEW_STR(value);
}

ZEND_METHOD(WeChatPay_Formatter, response)
{
    zend_string *pieces[3], *value;

    pieces[2] = ZSTR_EMPTY_ALLOC();
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(pieces[0])
        Z_PARAM_STR(pieces[1])
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(pieces[2])
    ZEND_PARSE_PARAMETERS_END();

    if ((value = join_lines(pieces, 3)) == NULL) {
        RETURN_THROWS();
    }
    RETURN_NEW_STR(value);
}

/* Appends one piece as implode() converts it (arrays become "Array" with a warning; an object without
 * __toString() throws). Returns FAILURE with an exception thrown. */
static zend_result append_piece(smart_str *out, zval *piece)
{
    zend_string *str = zval_try_get_string(piece);

    if (str == NULL) {
        return FAILURE;
    }
    smart_str_append(out, str);
    smart_str_appendc(out, '\n');
    zend_string_release(str);
    return SUCCESS;
}

/* Positional pieces, then any passed by name, in call order (as array_merge() keeps them). */
ZEND_METHOD(WeChatPay_Formatter, joinedByLineFeed)
{
    zval *pieces = NULL, *piece;
    uint32_t count = 0, i;
    HashTable *named = NULL;
    smart_str out = {0};

    ZEND_PARSE_PARAMETERS_START(0, -1)
        Z_PARAM_VARIADIC_WITH_NAMED(pieces, count, named)
    ZEND_PARSE_PARAMETERS_END();

    for (i = 0; i < count; i++) {
        if (append_piece(&out, &pieces[i]) == FAILURE) {
            smart_str_free(&out);
            RETURN_THROWS();
        }
    }
    if (named) {
        ZEND_HASH_FOREACH_VAL(named, piece) {
            if (append_piece(&out, piece) == FAILURE) {
                smart_str_free(&out);
                RETURN_THROWS();
            }
        } ZEND_HASH_FOREACH_END();
    }
    if (out.s == NULL) {
        RETURN_EMPTY_STRING();
    }
    RETURN_STR(smart_str_extract(&out));
}

/* A key as the string ksort(SORT_STRING) compares: the string key, or the decimal digits of an integer key
 * written into buf. */
static const char *key_as_string(Bucket *b, char *buf, size_t buf_size, size_t *len)
{
    if (b->key) {
        *len = ZSTR_LEN(b->key);
        return ZSTR_VAL(b->key);
    }
    *len = (size_t) snprintf(buf, buf_size, ZEND_LONG_FMT, (zend_long) b->h);
    return buf;
}

/* Keys are unique, so no two compare equal: the order is total and the sort needs no stable fallback. */
static int compare_keys_as_strings(Bucket *a, Bucket *b)
{
    char buf_a[MAX_LENGTH_OF_LONG + 1], buf_b[MAX_LENGTH_OF_LONG + 1];
    size_t len_a, len_b;
    const char *sa = key_as_string(a, buf_a, sizeof(buf_a), &len_a);
    const char *sb = key_as_string(b, buf_b, sizeof(buf_b), &len_b);

    return ZEND_NORMALIZE_BOOL(zend_binary_strcmp(sa, len_a, sb, len_b));
}

ZEND_METHOD(WeChatPay_Formatter, ksort)
{
    HashTable *thing = NULL, *sorted;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(thing)
    ZEND_PARSE_PARAMETERS_END();

    if (thing == NULL || zend_hash_num_elements(thing) == 0) {
        RETURN_EMPTY_ARRAY();
    }
    sorted = zend_array_dup(thing);
    zend_hash_sort(sorted, compare_keys_as_strings, 0);
    RETURN_ARR(sorted);
}

/* `key=value` for every entry but the `sign` key and null or '' values, joined by `&`; values are converted
 * as implode() converts them. */
ZEND_METHOD(WeChatPay_Formatter, queryStringLike)
{
    HashTable *thing = NULL;
    zend_string *key;
    zend_ulong index;
    zval *value;
    smart_str out = {0};
    bool first = true;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(thing)
    ZEND_PARSE_PARAMETERS_END();

    if (thing == NULL) {
        RETURN_EMPTY_STRING();
    }
    ZEND_HASH_FOREACH_KEY_VAL(thing, index, key, value) {
        zend_string *str;

        ZVAL_DEREF(value);
        if ((key && zend_string_equals_literal(key, "sign")) || Z_TYPE_P(value) == IS_NULL
            || (Z_TYPE_P(value) == IS_STRING && Z_STRLEN_P(value) == 0)) {
            continue;
        }
        if ((str = zval_try_get_string(value)) == NULL) {
            smart_str_free(&out);
            RETURN_THROWS();
        }
        if (!first) {
            smart_str_appendc(&out, '&');
        }
        first = false;
        if (key) {
            smart_str_append(&out, key);
        } else {
            smart_str_append_long(&out, (zend_long) index);
        }
        smart_str_appendc(&out, '=');
        smart_str_append(&out, str);
        zend_string_release(str);
    } ZEND_HASH_FOREACH_END();
    if (out.s == NULL) {
        RETURN_EMPTY_STRING();
    }
    RETURN_STR(smart_str_extract(&out));
}
