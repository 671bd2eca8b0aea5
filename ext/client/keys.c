/* Keys from PHP values. OpenSSL objects are read through PHP's own openssl functions (Debian's php8.2-dev
 * ships no ext/openssl headers), once, and the exported PEM is wiped after parsing. Every form ends as PEM
 * text that goes through the process's key cache (keycache.h), keyed by content: a file:// key is read
 * through PHP's streams on every factory (open_basedir and file permissions are checked each time), and a
 * file rewritten on disk has new content, so it is parsed again whatever its mtime. Key files are read by
 * php_wechatpay_key_file_read() (support/key_file.h), as in Crypto\Rsa and Util\PemUtil: regular files of at
 * most 1 MiB. */
#include "client/keys.h"
#include "support/keys_from_php.h"
#include "support/php_call.h"
#include "http/exceptions.h"
#include "module/keycache.h"

/* The PEM text of a file:// key for config entry, or NULL with the entry's InvalidArgumentException. */
static zend_string *read_key_file(const char *url, const char *entry)
{
    zend_string *contents;
    php_wechatpay_key_file status = php_wechatpay_key_file_read(url, &contents);

    if (status != PHP_WECHATPAY_KEY_FILE_READ) {
        php_wechatpay_throw_invalid("Config '%s' names a key file that %s: %s", entry,
                                    php_wechatpay_key_file_problem(status), url);
        return NULL;
    }
    if (ZSTR_LEN(contents) == 0) {
        zend_string_release(contents);
        php_wechatpay_throw_invalid("Config '%s' names an empty key file: %s", entry, url);
        return NULL;
    }
    return contents;
}

/* The public key of an OpenSSLAsymmetricKey, as SPKI PEM, from openssl_pkey_get_details(). */
static zend_string *public_pem_of(zval *object)
{
    zval function, retval, *pem;
    zend_string *result = NULL;

    ZVAL_STRING(&function, "openssl_pkey_get_details");
    if (call_user_function(NULL, NULL, &function, &retval, 1, object) == SUCCESS) {
        if (Z_TYPE(retval) == IS_ARRAY && (pem = zend_hash_str_find(Z_ARRVAL(retval), ZEND_STRL("key"))) != NULL
            && Z_TYPE_P(pem) == IS_STRING) {
            result = zend_string_copy(Z_STR_P(pem));
        }
        zval_ptr_dtor(&retval);
    }
    zval_ptr_dtor(&function);
    return result;
}

/* PEM text for an OpenSSL object, or NULL (with an exception when PHP threw one). */
static zend_string *pem_of_object(zval *thing, wxp_key_kind kind, const char *entry)
{
    zend_string *class_name = Z_OBJCE_P(thing)->name;
    zend_string *pem = NULL;

    if (zend_string_equals_literal(class_name, "OpenSSLAsymmetricKey")) {
        pem = kind == WXP_KEY_PRIVATE ? php_wechatpay_openssl_export("openssl_pkey_export", Z_OBJ_P(thing)) : public_pem_of(thing);
    } else if (zend_string_equals_literal(class_name, "OpenSSLCertificate")) {
        if (kind == WXP_KEY_PRIVATE) {
            php_wechatpay_throw_invalid("Config '%s' must be a private key, a certificate (OpenSSLCertificate) was given", entry);
            return NULL;
        }
        pem = php_wechatpay_openssl_export("openssl_x509_export", Z_OBJ_P(thing));
    } else {
        php_wechatpay_throw_invalid("Config '%s' must be PEM text, a file:// path, an OpenSSLAsymmetricKey or an OpenSSLCertificate, %s given",
                                    entry, ZSTR_VAL(class_name));
        return NULL;
    }
    if (pem == NULL && !EG(exception)) {
        php_wechatpay_throw_invalid("Config '%s' holds an OpenSSL key object that cannot be exported as a %s key",
                                    entry, kind == WXP_KEY_PRIVATE ? "private" : "public");
    }
    return pem;
}

EVP_PKEY *php_wechatpay_key_from_zval(zval *thing, wxp_key_kind kind, const char *entry)
{
    zend_string *pem = NULL;
    EVP_PKEY *key;
    wxp_err err;

    ZVAL_DEREF(thing);
    if (Z_TYPE_P(thing) == IS_OBJECT) {
        pem = pem_of_object(thing, kind, entry);
    } else if (Z_TYPE_P(thing) == IS_STRING) {
        if (Z_STRLEN_P(thing) == 0) {
            php_wechatpay_throw_invalid("Config '%s' must not be empty", entry);
            return NULL;
        }
        if (zend_string_starts_with_literal(Z_STR_P(thing), "file://")) {
            pem = read_key_file(Z_STRVAL_P(thing), entry);
        } else {
            pem = zend_string_copy(Z_STR_P(thing));
        }
    } else {
        php_wechatpay_throw_invalid("Config '%s' must be PEM text, a file:// path, an OpenSSLAsymmetricKey or an OpenSSLCertificate, %s given",
                                    entry, zend_zval_type_name(thing));
        return NULL;
    }
    if (pem == NULL) {
        return NULL;
    }
    wxp_err_clear(&err);
    key = php_wechatpay_keycache_key_from_pem(ZSTR_VAL(pem), ZSTR_LEN(pem), kind, &err);
    php_wechatpay_release_secret(pem);
    if (key == NULL) {
        php_wechatpay_throw_invalid("Config '%s' is not a usable RSA %s key: %s", entry,
                                    kind == WXP_KEY_PRIVATE ? "private" : "public (or certificate)", err.message);
    }
    return key;
}
