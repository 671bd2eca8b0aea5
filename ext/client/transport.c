/* Reading the transport keys (base_uri, timeouts, verify, proxy, max_connections, max_response_size, http_errors,
 * failover) shared by
 * config and per-call options, each refusal naming the key. */
#include "client/transport.h"
#include "http/exceptions.h"
#include "wxp_uri.h"

#include <math.h>

void php_wechatpay_transport_defaults(php_wechatpay_transport *transport)
{
    memset(transport, 0, sizeof(*transport));
    transport->base_uri = zend_string_init(PHP_WECHATPAY_DEFAULT_BASE_URI,
                                           sizeof(PHP_WECHATPAY_DEFAULT_BASE_URI) - 1, 0);
    transport->timeout_ms = PHP_WECHATPAY_DEFAULT_TIMEOUT_MS;
    transport->connect_timeout_ms = PHP_WECHATPAY_DEFAULT_CONNECT_TIMEOUT_MS;
    transport->verify_tls = true;
    transport->max_connections = PHP_WECHATPAY_DEFAULT_MAX_CONNECTIONS;
    transport->max_response_size = PHP_WECHATPAY_DEFAULT_MAX_RESPONSE_SIZE;
    transport->http_errors = true;
    php_wechatpay_failover_defaults(&transport->failover);
}

/* Replaces *slot by value (NULL allowed), taking a reference on value. */
static void transport_set_string(zend_string **slot, zend_string *value)
{
    if (*slot) {
        zend_string_release(*slot);
    }
    *slot = value ? zend_string_copy(value) : NULL;
}

void php_wechatpay_transport_copy(php_wechatpay_transport *dst, const php_wechatpay_transport *src)
{
    *dst = *src;
    dst->base_uri = src->base_uri ? zend_string_copy(src->base_uri) : NULL;
    dst->ca_file = src->ca_file ? zend_string_copy(src->ca_file) : NULL;
    dst->proxy = src->proxy ? zend_string_copy(src->proxy) : NULL;
    php_wechatpay_failover_copy(&dst->failover, &src->failover);
}

void php_wechatpay_transport_dtor(php_wechatpay_transport *transport)
{
    transport_set_string(&transport->base_uri, NULL);
    transport_set_string(&transport->ca_file, NULL);
    transport_set_string(&transport->proxy, NULL);
    php_wechatpay_failover_dtor(&transport->failover);
}

static zend_result apply_base_uri(php_wechatpay_transport *transport, zval *value, const char *where)
{
    wxp_buf probe;
    wxp_err err;
    int rc;

    if (Z_TYPE_P(value) != IS_STRING) {
        php_wechatpay_throw_invalid("%s 'base_uri' must be a string, %s given", where, zend_zval_type_name(value));
        return FAILURE;
    }
    if (!wxp_header_value_is_safe(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
        php_wechatpay_throw_invalid("%s 'base_uri' must not contain CR, LF or NUL", where);
        return FAILURE;
    }
    /* Resolving an empty reference proves the base is an absolute http(s) URL. */
    wxp_buf_init(&probe);
    wxp_err_clear(&err);
    rc = wxp_uri_resolve(Z_STRVAL_P(value), "", 0, NULL, &probe, &err);
    wxp_buf_free(&probe);
    if (rc != 0) {
        zend_string *shown = php_wechatpay_redacted_url(Z_STRVAL_P(value));

        php_wechatpay_throw_invalid("%s 'base_uri' must be an absolute http:// or https:// URL, got '%s'", where,
                                    ZSTR_VAL(shown));
        zend_string_release(shown);
        return FAILURE;
    }
    transport_set_string(&transport->base_uri, Z_STR_P(value));
    return SUCCESS;
}

/* Reads a positive number of seconds into milliseconds (rounded up, so 0.0001 s is not "no timeout"). */
static zend_result apply_seconds(zend_long *slot, zval *value, const char *where, const char *key)
{
    double seconds;

    if (Z_TYPE_P(value) == IS_LONG) {
        seconds = (double) Z_LVAL_P(value);
    } else if (Z_TYPE_P(value) == IS_DOUBLE) {
        seconds = Z_DVAL_P(value);
    } else {
        php_wechatpay_throw_invalid("%s '%s' must be a number of seconds (int or float), %s given", where, key,
                                    zend_zval_type_name(value));
        return FAILURE;
    }
    if (!(seconds > 0) || !zend_finite(seconds) || seconds > 86400.0) {
        php_wechatpay_throw_invalid("%s '%s' must be more than 0 and at most 86400 seconds", where, key);
        return FAILURE;
    }
    *slot = (zend_long) ceil(seconds * 1000.0);
    return SUCCESS;
}

static zend_result apply_verify(php_wechatpay_transport *transport, zval *value, const char *where)
{
    if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
        transport->verify_tls = Z_TYPE_P(value) == IS_TRUE;
        transport_set_string(&transport->ca_file, NULL);
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_STRING) {
        php_wechatpay_throw_invalid("%s 'verify' must be true, false or the path of a CA bundle, %s given", where,
                                    zend_zval_type_name(value));
        return FAILURE;
    }
    if (Z_STRLEN_P(value) == 0 || !wxp_header_value_is_safe(Z_STRVAL_P(value), Z_STRLEN_P(value))
        || VCWD_ACCESS(Z_STRVAL_P(value), R_OK) != 0) {
        php_wechatpay_throw_invalid("%s 'verify' names a CA bundle that cannot be read: %s", where, Z_STRVAL_P(value));
        return FAILURE;
    }
    transport->verify_tls = true;
    transport_set_string(&transport->ca_file, Z_STR_P(value));
    return SUCCESS;
}

static zend_result apply_proxy(php_wechatpay_transport *transport, zval *value, const char *where)
{
    if (Z_TYPE_P(value) == IS_NULL) {
        transport_set_string(&transport->proxy, NULL);
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0
        || !wxp_header_value_is_safe(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
        php_wechatpay_throw_invalid("%s 'proxy' must be a proxy URL string without CR, LF or NUL, or null", where);
        return FAILURE;
    }
    transport_set_string(&transport->proxy, Z_STR_P(value));
    return SUCCESS;
}

static zend_result apply_max_connections(php_wechatpay_transport *transport, zval *value, const char *where)
{
    if (Z_TYPE_P(value) != IS_LONG || Z_LVAL_P(value) < 1 || Z_LVAL_P(value) > PHP_WECHATPAY_MAX_MAX_CONNECTIONS) {
        php_wechatpay_throw_invalid("%s 'max_connections' must be an integer from 1 to %d", where,
                                    PHP_WECHATPAY_MAX_MAX_CONNECTIONS);
        return FAILURE;
    }
    transport->max_connections = Z_LVAL_P(value);
    return SUCCESS;
}

static zend_result apply_max_response_size(php_wechatpay_transport *transport, zval *value, const char *where)
{
    if (Z_TYPE_P(value) != IS_LONG) {
        php_wechatpay_throw_invalid("%s 'max_response_size' must be an integer number of bytes, %s given", where,
                                    zend_zval_type_name(value));
        return FAILURE;
    }
    if (Z_LVAL_P(value) < PHP_WECHATPAY_MIN_MAX_RESPONSE_SIZE) {
        php_wechatpay_throw_invalid("%s 'max_response_size' must be at least %d bytes (the default is " ZEND_LONG_FMT
                                    ", 64 MiB), " ZEND_LONG_FMT " given", where, PHP_WECHATPAY_MIN_MAX_RESPONSE_SIZE,
                                    PHP_WECHATPAY_DEFAULT_MAX_RESPONSE_SIZE, Z_LVAL_P(value));
        return FAILURE;
    }
    transport->max_response_size = Z_LVAL_P(value);
    transport->max_response_size_set = true;
    return SUCCESS;
}

static zend_result apply_http_errors(php_wechatpay_transport *transport, zval *value, const char *where)
{
    if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
        php_wechatpay_throw_invalid("%s 'http_errors' must be true (a non-2xx answer is thrown) or false (returned), %s given",
                                    where, zend_zval_type_name(value));
        return FAILURE;
    }
    transport->http_errors = Z_TYPE_P(value) == IS_TRUE;
    return SUCCESS;
}

zend_result php_wechatpay_transport_apply(php_wechatpay_transport *transport, HashTable *settings, const char *where)
{
    zval *value;

    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("base_uri"))) != NULL
        && apply_base_uri(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("timeout"))) != NULL
        && apply_seconds(&transport->timeout_ms, value, where, "timeout") == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("connect_timeout"))) != NULL
        && apply_seconds(&transport->connect_timeout_ms, value, where, "connect_timeout") == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("verify"))) != NULL
        && apply_verify(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("proxy"))) != NULL
        && apply_proxy(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("max_connections"))) != NULL
        && apply_max_connections(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("max_response_size"))) != NULL
        && apply_max_response_size(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    /* null is absent, as Guzzle's isset() reads it */
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("http_errors"))) != NULL && Z_TYPE_P(value) != IS_NULL
        && apply_http_errors(transport, value, where) == FAILURE) {
        return FAILURE;
    }
    if ((value = zend_hash_str_find_deref(settings, ZEND_STRL("failover"))) != NULL && Z_TYPE_P(value) != IS_NULL
        && php_wechatpay_failover_apply(&transport->failover, value, where) == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}
