/* Keys from PHP values (see keys_from_php.h).
 *
 * OpenSSL objects: Debian's php8.2-dev ships no ext/openssl headers. An RSA key object's EVP_PKEY is taken as it
 * is when support/openssl_objects.h's layout check passed; otherwise (and for certificates and other key types)
 * PHP's own functions have to say what it holds. openssl_pkey_get_details() is the one way for a
 * key object, for both callers: it is the only function that tells a private key from a public one without a
 * warning, its numbers rebuild an RSA key without a PEM round trip (OpenSSL 3's PEM decoders cost several
 * times a signature), and it needs no OpenSSL configuration, where openssl_pkey_export() fails silently when
 * openssl.cnf cannot be loaded (so a private key object wechatpay-php signs with would be refused). Only keys
 * of other types (which the factory then refuses, and Crypto\Rsa signs with as openssl_sign() would) and
 * certificates are exported as PEM. */
#include "support/keys_from_php.h"
#include "support/openssl_objects.h"
#include "support/php_call.h"
#include "wxp_rsa.h"

#include "main/fopen_wrappers.h"

void php_wechatpay_release_secret(zend_string *secret)
{
    if (!ZSTR_IS_INTERNED(secret) && GC_REFCOUNT(secret) == 1) {
        ZEND_SECURE_ZERO(ZSTR_VAL(secret), ZSTR_LEN(secret));
    }
    zend_string_release(secret);
}

php_wechatpay_openssl_object php_wechatpay_openssl_object_of(zval *value)
{
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_OBJECT) {
        return PHP_WECHATPAY_OPENSSL_NONE;
    }
    if (zend_string_equals_literal(Z_OBJCE_P(value)->name, "OpenSSLAsymmetricKey")) {
        return PHP_WECHATPAY_OPENSSL_KEY;
    }
    if (zend_string_equals_literal(Z_OBJCE_P(value)->name, "OpenSSLCertificate")) {
        return PHP_WECHATPAY_OPENSSL_CERTIFICATE;
    }
    return PHP_WECHATPAY_OPENSSL_NONE;
}

/* Calls one of PHP's openssl functions; a disabled one is PHP's own Error. */
static zend_result call_openssl(const char *name, zval *retval, uint32_t argc, zval *argv)
{
    return php_wechatpay_call_function(name, retval, argc, argv, "Call to undefined function %s()", name);
}

/* Calls fn($object, &$out) (openssl_pkey_export, openssl_x509_export) and returns $out when fn returned true,
 * else NULL (with an exception only when fn is missing or threw). */
static zend_string *export_pem(const char *fn, zend_object *object)
{
    zval args[2], retval, *out;
    zend_string *pem = NULL;

    ZVAL_OBJ_COPY(&args[0], object);
    ZVAL_NEW_EMPTY_REF(&args[1]);
    ZVAL_NULL(Z_REFVAL(args[1]));
    if (call_openssl(fn, &retval, 2, args) == SUCCESS && Z_TYPE(retval) == IS_TRUE) {
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

/* Whether openssl_pkey_get_details() shows private material: the private component it lists for RSA, DSA,
 * DH and EC keys (a private key object always has it, a public one never). */
static bool details_private(HashTable *details)
{
    static const struct {
        const char *type;
        const char *field;
    } private_parts[] = {{"rsa", "d"}, {"dsa", "priv_key"}, {"dh", "priv_key"}, {"ec", "d"}};
    zval *part;
    size_t i;

    for (i = 0; i < sizeof(private_parts) / sizeof(private_parts[0]); i++) {
        part = zend_hash_str_find(details, private_parts[i].type, strlen(private_parts[i].type));
        if (part != NULL && Z_TYPE_P(part) == IS_ARRAY
            && zend_hash_str_exists(Z_ARRVAL_P(part), private_parts[i].field, strlen(private_parts[i].field))) {
            return true;
        }
    }
    return false;
}

/* An RSA key straight from the integers openssl_pkey_get_details() lists (only n and e for public_half), or
 * NULL when the details are not an RSA key's. */
static EVP_PKEY *rsa_key_from_details(HashTable *details, bool public_half)
{
    static const char *const names[WXP_RSA_NUMBERS] = {"n", "e", "d", "p", "q", "dmp1", "dmq1", "iqmp"};
    int count = public_half ? WXP_RSA_D : WXP_RSA_NUMBERS, i;
    wxp_rsa_numbers numbers;
    zval *rsa, *number;
    wxp_err err;

    rsa = zend_hash_str_find(details, ZEND_STRL("rsa"));
    if (rsa == NULL || Z_TYPE_P(rsa) != IS_ARRAY) {
        return NULL;
    }
    memset(&numbers, 0, sizeof(numbers));
    for (i = 0; i < count; i++) {
        number = zend_hash_str_find(Z_ARRVAL_P(rsa), names[i], strlen(names[i]));
        if (number != NULL && Z_TYPE_P(number) == IS_STRING) {
            numbers.bytes[i] = (const unsigned char *) Z_STRVAL_P(number);
            numbers.len[i] = Z_STRLEN_P(number);
        }
    }
    wxp_err_clear(&err);
    return wxp_rsa_key_from_numbers(&numbers, &err);
}

/* Wipes the private numbers of a details array before it is released. */
static void details_wipe(HashTable *details)
{
    zval *part, *number;

    ZEND_HASH_FOREACH_VAL(details, part) {
        if (Z_TYPE_P(part) == IS_ARRAY) {
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(part), number) {
                if (Z_TYPE_P(number) == IS_STRING && !ZSTR_IS_INTERNED(Z_STR_P(number))
                    && GC_REFCOUNT(Z_STR_P(number)) == 1) {
                    ZEND_SECURE_ZERO(Z_STRVAL_P(number), Z_STRLEN_P(number));
                }
            } ZEND_HASH_FOREACH_END();
        }
    } ZEND_HASH_FOREACH_END();
}

bool php_wechatpay_object_key_read(zend_object *object, bool public_half, php_wechatpay_object_key *out)
{
    zval arg, details, *public_pem;
    EVP_PKEY *held;
    bool held_private;

    out->pkey = NULL;
    out->pem = NULL;
    out->is_private = false;
    ZVAL_OBJ(&arg, object);
    if (php_wechatpay_openssl_object_of(&arg) == PHP_WECHATPAY_OPENSSL_CERTIFICATE) {
        out->pem = export_pem("openssl_x509_export", object);
        return out->pem != NULL;
    }
    /* The object's own EVP_PKEY, one more reference, when the guard of support/openssl_objects.h allows it: for
     * an RSA key only (the one kind given as pkey) and never the private key where its public half is asked
     * (the numbers below make that one). Anything else, or the guard off, goes through PHP's functions. */
    held = php_wechatpay_openssl_pkey_peek(object, &held_private);
    if (held != NULL && EVP_PKEY_is_a(held, "RSA") && !(public_half && held_private) && EVP_PKEY_up_ref(held) == 1) {
        out->pkey = held;
        out->is_private = held_private;
        return true;
    }
    ZVAL_OBJ_COPY(&arg, object);
    if (call_openssl("openssl_pkey_get_details", &details, 1, &arg) == SUCCESS && Z_TYPE(details) == IS_ARRAY) {
        out->is_private = details_private(Z_ARRVAL(details));
        out->pkey = rsa_key_from_details(Z_ARRVAL(details), public_half);
        if (out->pkey == NULL && (!out->is_private || public_half)
            && (public_pem = zend_hash_str_find(Z_ARRVAL(details), ZEND_STRL("key"))) != NULL
            && Z_TYPE_P(public_pem) == IS_STRING) {
            out->pem = zend_string_copy(Z_STR_P(public_pem));
        }
        details_wipe(Z_ARRVAL(details));
    }
    zval_ptr_dtor(&details);
    zval_ptr_dtor(&arg);
    if (out->pkey == NULL && out->pem == NULL && out->is_private && !public_half && !EG(exception)) {
        out->pem = export_pem("openssl_pkey_export", object);
    }
    return out->pkey != NULL || out->pem != NULL;
}

void php_wechatpay_object_key_release(php_wechatpay_object_key *key)
{
    EVP_PKEY_free(key->pkey);
    key->pkey = NULL;
    if (key->pem != NULL) {
        php_wechatpay_release_secret(key->pem);
        key->pem = NULL;
    }
}

php_wechatpay_key_string php_wechatpay_key_string_read(zend_string *value, bool warn_open_basedir, zend_string **text,
                                                       php_wechatpay_key_file *file)
{
    static const size_t prefix = sizeof("file://") - 1;
    char real_path[MAXPATHLEN];
    const char *path;

    *text = NULL;
    *file = PHP_WECHATPAY_KEY_FILE_READ;
    /* as PHP's php_openssl_pkey_from_zval() and php_openssl_x509_from_str() tell a file from PEM text, and
     * resolve its path (relative to the working directory, no stream wrapper) */
    if (ZSTR_LEN(value) <= prefix || memcmp(ZSTR_VAL(value), "file://", prefix) != 0) {
        *text = zend_string_copy(value);
        return PHP_WECHATPAY_KEY_STRING_TEXT;
    }
    path = ZSTR_VAL(value) + prefix;
    if (memchr(path, '\0', ZSTR_LEN(value) - prefix) != NULL || expand_filepath(path, real_path) == NULL
        || php_check_open_basedir_ex(real_path, warn_open_basedir) != 0) {
        *file = PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN;
        return PHP_WECHATPAY_KEY_STRING_PHP;
    }
    *file = php_wechatpay_key_file_read(real_path, text);
    return *file == PHP_WECHATPAY_KEY_FILE_READ ? PHP_WECHATPAY_KEY_STRING_FILE : PHP_WECHATPAY_KEY_STRING_REFUSED;
}

/* One key value for PHP's openssl functions (see php_wechatpay_openssl_arg_read_file): a string, or an object
 * other than an OpenSSL key or certificate, which PHP would turn into a string itself. Sets *replaced when out
 * is not value itself (a string made from an object, or a file's text). */
static zend_result openssl_value_read_file(zval *value, zval *out, bool *replaced, php_wechatpay_key_file *status)
{
    zend_string *text, *read;

    *replaced = false;
    *status = PHP_WECHATPAY_KEY_FILE_READ;
    if (Z_TYPE_P(value) != IS_STRING
        && (Z_TYPE_P(value) != IS_OBJECT || php_wechatpay_openssl_object_of(value) != PHP_WECHATPAY_OPENSSL_NONE)) {
        ZVAL_COPY(out, value);
        return SUCCESS;
    }
    if ((text = zval_try_get_string(value)) == NULL) {
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    *replaced = Z_TYPE_P(value) != IS_STRING;
    switch (php_wechatpay_key_string_read(text, false, &read, status)) {
        case PHP_WECHATPAY_KEY_STRING_FILE:
            zend_string_release(text);
            ZVAL_STR(out, read);
            *replaced = true;
            return SUCCESS;
        case PHP_WECHATPAY_KEY_STRING_REFUSED:
            if (*status != PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN) {
                zend_string_release(text);
                ZVAL_UNDEF(out);
                return FAILURE;
            }
            ZEND_FALLTHROUGH;
        case PHP_WECHATPAY_KEY_STRING_PHP:
            *status = PHP_WECHATPAY_KEY_FILE_READ; /* PHP tries the path and fails in its own way */
            break;
        case PHP_WECHATPAY_KEY_STRING_TEXT:
            zend_string_release(read);
            break;
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
