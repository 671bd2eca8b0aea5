/* Keys from PHP values. OpenSSL objects are read through PHP's own openssl functions (Debian's php8.2-dev
 * ships no ext/openssl headers), once, and the exported PEM is wiped after parsing. Every form ends as PEM
 * text that goes through the process's key cache (keycache.h), keyed by content: a file:// key is read
 * through PHP's streams on every factory (open_basedir and file permissions are checked each time), and a
 * file rewritten on disk has new content, so it is parsed again whatever its mtime. Key files are read by
 * php_wechatpay_key_file_read() here and in Crypto\Rsa and Util\PemUtil: regular files of at most 1 MiB. */
#include "client/keys.h"
#include "support/php_call.h"
#include "http/exceptions.h"
#include "module/keycache.h"

#include "ext/standard/file.h"
#include "main/fopen_wrappers.h"

void php_wechatpay_release_secret(zend_string *secret)
{
    if (!ZSTR_IS_INTERNED(secret) && GC_REFCOUNT(secret) == 1) {
        ZEND_SECURE_ZERO(ZSTR_VAL(secret), ZSTR_LEN(secret));
    }
    zend_string_release(secret);
}

/* Whether a file with this status may be read: refuses directories, what is not a regular file and files
 * over the limit. */
static php_wechatpay_key_file key_file_classify(const php_stream_statbuf *ssb)
{
    if (S_ISDIR(ssb->sb.st_mode)) {
        return PHP_WECHATPAY_KEY_FILE_DIRECTORY;
    }
    if (!S_ISREG(ssb->sb.st_mode)) {
        return PHP_WECHATPAY_KEY_FILE_SPECIAL;
    }
    if (ssb->sb.st_size > PHP_WECHATPAY_KEY_FILE_MAX) {
        return PHP_WECHATPAY_KEY_FILE_TOO_LARGE;
    }
    return PHP_WECHATPAY_KEY_FILE_READ;
}

php_wechatpay_key_file php_wechatpay_key_file_read(const char *path, zend_string **contents)
{
    /* 'n' opens with O_NONBLOCK: a FIFO is opened at once instead of waiting for a writer, then refused like
     * any file that is not regular; a regular file reads the same either way */
    php_stream *stream = php_stream_open_wrapper((char *) path, "rbn", 0, NULL);
    php_wechatpay_key_file status = PHP_WECHATPAY_KEY_FILE_READ;
    php_stream_statbuf ssb;
    zend_string *read;

    *contents = NULL;
    if (stream == NULL) {
        return PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN;
    }
    if (php_stream_stat(stream, &ssb) == 0) {
        status = key_file_classify(&ssb);
    }
    if (status == PHP_WECHATPAY_KEY_FILE_READ) {
        /* one byte more than allowed tells a file that grew since it was looked at (or a stream without a
         * size) from one exactly at the limit */
        read = php_stream_copy_to_mem(stream, PHP_WECHATPAY_KEY_FILE_MAX + 1, 0);
        if (read == NULL) {
            read = ZSTR_EMPTY_ALLOC();
        }
        if (ZSTR_LEN(read) > PHP_WECHATPAY_KEY_FILE_MAX) {
            php_wechatpay_release_secret(read);
            status = PHP_WECHATPAY_KEY_FILE_TOO_LARGE;
        } else {
            *contents = read;
        }
    }
    php_stream_close(stream);
    return status;
}

php_wechatpay_key_file php_wechatpay_key_file_check(const char *path)
{
    php_stream_statbuf ssb;

    if (php_stream_stat_path_ex(path, PHP_STREAM_URL_STAT_QUIET, &ssb, NULL) != 0) {
        return PHP_WECHATPAY_KEY_FILE_READ;
    }
    return key_file_classify(&ssb);
}

const char *php_wechatpay_key_file_problem(php_wechatpay_key_file status)
{
    switch (status) {
        case PHP_WECHATPAY_KEY_FILE_READ:
            return "was read";
        case PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN:
            return "cannot be read";
        case PHP_WECHATPAY_KEY_FILE_DIRECTORY:
            return "is a directory";
        case PHP_WECHATPAY_KEY_FILE_SPECIAL:
            return "is not a regular file (a device, FIFO or socket)";
        case PHP_WECHATPAY_KEY_FILE_TOO_LARGE:
            return "is larger than 1 MiB (a PEM key or certificate is a few KB)";
    }
    return "cannot be read";
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
