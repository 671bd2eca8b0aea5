/* Keys from PHP values (see keys_from_php.h). */
#include "support/keys_from_php.h"
#include "support/php_call.h"

#include "main/fopen_wrappers.h"

void php_wechatpay_release_secret(zend_string *secret)
{
    if (!ZSTR_IS_INTERNED(secret) && GC_REFCOUNT(secret) == 1) {
        ZEND_SECURE_ZERO(ZSTR_VAL(secret), ZSTR_LEN(secret));
    }
    zend_string_release(secret);
}

php_wechatpay_openssl_key_string php_wechatpay_openssl_key_string_kind(zend_string *text, char *real_path)
{
    const char *path = ZSTR_VAL(text) + sizeof("file://") - 1;

    /* as PHP's php_openssl_pkey_from_zval() and php_openssl_x509_from_str() tell a file from PEM text */
    if (ZSTR_LEN(text) <= sizeof("file://") - 1 || memcmp(ZSTR_VAL(text), "file://", sizeof("file://") - 1) != 0) {
        return PHP_WECHATPAY_OPENSSL_KEY_TEXT;
    }
    if (memchr(path, '\0', ZSTR_LEN(text) - (sizeof("file://") - 1)) != NULL || expand_filepath(path, real_path) == NULL
        || php_check_open_basedir_ex(real_path, 0) != 0) {
        return PHP_WECHATPAY_OPENSSL_KEY_PHP;
    }
    return PHP_WECHATPAY_OPENSSL_KEY_FILE;
}

/* One key value for PHP's openssl functions (see php_wechatpay_openssl_arg_read_file): a string, or an object
 * other than an OpenSSL key or certificate, which PHP would turn into a string itself. Sets *replaced when out
 * is not value itself (a string made from an object, or a file's text). */
static zend_result openssl_value_read_file(zval *value, zval *out, bool *replaced, php_wechatpay_key_file *status)
{
    char real_path[MAXPATHLEN];
    zend_string *text, *contents;

    *replaced = false;
    *status = PHP_WECHATPAY_KEY_FILE_READ;
    if (Z_TYPE_P(value) != IS_STRING
        && (Z_TYPE_P(value) != IS_OBJECT || zend_string_equals_literal(Z_OBJCE_P(value)->name, "OpenSSLAsymmetricKey")
            || zend_string_equals_literal(Z_OBJCE_P(value)->name, "OpenSSLCertificate"))) {
        ZVAL_COPY(out, value);
        return SUCCESS;
    }
    if ((text = zval_try_get_string(value)) == NULL) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    *replaced = Z_TYPE_P(value) != IS_STRING;
    if (php_wechatpay_openssl_key_string_kind(text, real_path) == PHP_WECHATPAY_OPENSSL_KEY_FILE) {
        *status = php_wechatpay_key_file_read(real_path, &contents);
        if (*status == PHP_WECHATPAY_KEY_FILE_READ) {
            zend_string_release(text);
            ZVAL_STR(out, contents);
            *replaced = true;
            return SUCCESS;
        }
        if (*status != PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN) {
            zend_string_release(text);
            ZVAL_UNDEF(out);
            return FAILURE;
        }
        *status = PHP_WECHATPAY_KEY_FILE_READ; /* PHP tries the path and fails in its own way */
    }
    ZVAL_STR(out, text);
    return SUCCESS;
}

zend_result php_wechatpay_openssl_arg_read_file(zval *arg, zval *out, php_wechatpay_key_file *status)
{
    zval *first, value;
    bool replaced;

    ZVAL_DEREF(arg);
    if (Z_TYPE_P(arg) != IS_ARRAY) {
        return openssl_value_read_file(arg, out, &replaced, status);
    }
    /* [key, passphrase]; any other array is PHP's to refuse */
    *status = PHP_WECHATPAY_KEY_FILE_READ;
    first = zend_hash_index_find(Z_ARRVAL_P(arg), 0);
    if (first == NULL || !zend_hash_index_exists(Z_ARRVAL_P(arg), 1)) {
        ZVAL_COPY(out, arg);
        return SUCCESS;
    }
    ZVAL_DEREF(first);
    if (openssl_value_read_file(first, &value, &replaced, status) == FAILURE) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    if (!replaced) {
        zval_ptr_dtor(&value);
        ZVAL_COPY(out, arg);
        return SUCCESS;
    }
    ZVAL_ARR(out, zend_array_dup(Z_ARRVAL_P(arg)));
    zend_hash_index_update(Z_ARRVAL_P(out), 0, &value);
    return SUCCESS;
}

void php_wechatpay_openssl_arg_release(zval *out)
{
    zval *first;

    if (Z_TYPE_P(out) == IS_STRING) {
        php_wechatpay_release_secret(Z_STR_P(out));
        ZVAL_UNDEF(out);
        return;
    }
    /* an array made here (only this reference) holds the file's text as its only holder: wipe it */
    if (Z_TYPE_P(out) == IS_ARRAY && Z_REFCOUNTED_P(out) && Z_REFCOUNT_P(out) == 1
        && (first = zend_hash_index_find(Z_ARRVAL_P(out), 0)) != NULL && Z_TYPE_P(first) == IS_STRING
        && !ZSTR_IS_INTERNED(Z_STR_P(first)) && GC_REFCOUNT(Z_STR_P(first)) == 1) {
        ZEND_SECURE_ZERO(Z_STRVAL_P(first), Z_STRLEN_P(first));
    }
    zval_ptr_dtor(out);
    ZVAL_UNDEF(out);
}

zend_string *php_wechatpay_openssl_export(const char *fn, zend_object *object)
{
    zval args[2], retval, *out;
    zend_string *pem = NULL;

    ZVAL_OBJ_COPY(&args[0], object);
    ZVAL_NEW_EMPTY_REF(&args[1]);
    ZVAL_NULL(Z_REFVAL(args[1]));
    if (php_wechatpay_call_function(fn, &retval, 2, args, "Call to undefined function %s()", fn) == SUCCESS
        && Z_TYPE(retval) == IS_TRUE) {
        out = Z_REFVAL(args[1]);
        if (Z_TYPE_P(out) == IS_STRING) {
            pem = zend_string_copy(Z_STR_P(out));
        }
    }
    zval_ptr_dtor(&retval);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return pem;
}
