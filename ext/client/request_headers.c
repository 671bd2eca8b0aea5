/* Reading a `headers` array (config or call options) into a request's header list, each refusal naming the
 * header. */
#include "client/request_headers.h"
#include "http/exceptions.h"

/* What wxp_header_is_framing() refuses, for the message. */
#define PHP_WECHATPAY_FRAMING_HEADERS \
    "Content-Length, Transfer-Encoding, Connection, Host, Expect, TE, Trailer, Upgrade, Keep-Alive and Proxy-Connection"

/* Adds one header value after checking it; name was checked by the caller. */
static zend_result add_header_value(wxp_header_list *list, zend_string *name, zval *value, const char *where)
{
    zend_string *str;
    zend_result result = SUCCESS;

    if (Z_TYPE_P(value) != IS_STRING && Z_TYPE_P(value) != IS_LONG) {
        php_wechatpay_throw_invalid("%s 'headers' value of %s must be a string or an integer, %s given", where,
                                    ZSTR_VAL(name), zend_zval_type_name(value));
        return FAILURE;
    }
    str = zval_get_string(value);
    if (!wxp_header_value_is_safe(ZSTR_VAL(str), ZSTR_LEN(str))) {
        php_wechatpay_throw_invalid("%s 'headers' value of %s must not contain CR, LF or NUL", where, ZSTR_VAL(name));
        result = FAILURE;
    } else if (wxp_headers_add(list, ZSTR_VAL(name), ZSTR_LEN(name), ZSTR_VAL(str), ZSTR_LEN(str)) != 0) {
        zend_throw_error(NULL, "Out of memory while adding header %s", ZSTR_VAL(name));
        result = FAILURE;
    }
    zend_string_release(str);
    return result;
}

zend_result php_wechatpay_headers_apply(wxp_header_list *list, zval *headers, const char *where)
{
    zend_string *name;
    zend_ulong index;
    zval *value, *item;

    ZVAL_DEREF(headers);
    if (Z_TYPE_P(headers) != IS_ARRAY) {
        php_wechatpay_throw_invalid("%s 'headers' must be an array of name => value, %s given", where,
                                    zend_zval_type_name(headers));
        return FAILURE;
    }
    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(headers), index, name, value) {
        if (name == NULL || !wxp_header_name_is_valid(ZSTR_VAL(name), ZSTR_LEN(name))) {
            if (name == NULL) {
                php_wechatpay_throw_invalid("%s 'headers' must be keyed by header name, integer key " ZEND_ULONG_FMT " given", where, index);
            } else {
                php_wechatpay_throw_invalid("%s 'headers' has an invalid header name: it must be a non-empty token without spaces, colons, CR or LF", where);
            }
            return FAILURE;
        }
        if (wxp_header_is_framing(ZSTR_VAL(name), ZSTR_LEN(name))) {
            php_wechatpay_throw_invalid("%s 'headers' must not set %s: the extension frames every request itself "
                                        "(" PHP_WECHATPAY_FRAMING_HEADERS " are refused)", where, ZSTR_VAL(name));
            return FAILURE;
        }
        wxp_headers_remove(list, ZSTR_VAL(name), ZSTR_LEN(name));
        ZVAL_DEREF(value);
        if (Z_TYPE_P(value) == IS_ARRAY) {
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
                ZVAL_DEREF(item);
                if (add_header_value(list, name, item, where) == FAILURE) {
                    return FAILURE;
                }
            } ZEND_HASH_FOREACH_END();
        } else if (add_header_value(list, name, value, where) == FAILURE) {
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    return SUCCESS;
}
