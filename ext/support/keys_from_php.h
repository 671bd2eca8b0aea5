/* Keys from PHP values, one way for the factory's config (client/keys.c) and for the package's helpers
 * (helpers/crypto_rsa.c, helpers/pemutil.c): PHP's OpenSSL key and certificate objects, and key strings read
 * as PHP's openssl functions read them (`file://` and a path names a file, read within the key file limit of
 * support/key_file.h through PHP's streams; anything else is PEM text). What each caller then parses, refuses,
 * caches and says is its own. The package's own key text (pseudo-schemes) is src/wxp_pem.h. */
#ifndef WECHATPAY_KEYS_FROM_PHP_H
#define WECHATPAY_KEYS_FROM_PHP_H

#include "php.h"
#include <openssl/evp.h>
#include "support/key_file.h"

/* Wipes a string holding key material when nothing else references it, then releases it. */
void php_wechatpay_release_secret(zend_string *secret);

/* Which of PHP's OpenSSL classes a value is an object of. */
typedef enum php_wechatpay_openssl_object {
    PHP_WECHATPAY_OPENSSL_NONE,       /* any other object or type */
    PHP_WECHATPAY_OPENSSL_KEY,        /* OpenSSLAsymmetricKey */
    PHP_WECHATPAY_OPENSSL_CERTIFICATE /* OpenSSLCertificate */
} php_wechatpay_openssl_object;

/* Tells whether value (dereferenced) is an OpenSSLAsymmetricKey, an OpenSSLCertificate or neither. */
php_wechatpay_openssl_object php_wechatpay_openssl_object_of(zval *value);

/* The key an OpenSSL object holds, as one of two things a caller parses on its own terms. */
typedef struct php_wechatpay_object_key {
    EVP_PKEY *pkey;   /* an RSA key, rebuilt from its numbers (owned), or NULL */
    zend_string *pem; /* else its PEM text: a certificate, or a key of another type (wiped on release) */
    bool is_private;  /* whether the object is a private key (never true for a certificate) */
} php_wechatpay_object_key;

/* Reads the key an OpenSSLAsymmetricKey or OpenSSLCertificate holds (only its public half when public_half
 * is set) into out, returning true, or false with out empty when there is no key to read (an exception set
 * only when PHP threw one). An RSA key object is read directly when support/openssl_objects.h's guard allows
 * (its own EVP_PKEY, one more reference: no call, no copy; not for the public half of a private key); else,
 * ext/openssl exporting no C API, through PHP's own openssl functions (openssl_pkey_get_details() for whether a
 * key is private and for an RSA key's numbers, openssl_pkey_export() for another type of private key,
 * openssl_x509_export() for a certificate). */
bool php_wechatpay_object_key_read(zend_object *object, bool public_half, php_wechatpay_object_key *out);

/* Frees what php_wechatpay_object_key_read() gave, wiping the PEM text. */
void php_wechatpay_object_key_release(php_wechatpay_object_key *key);

/* What a key string is, read as PHP's openssl functions read one. */
typedef enum php_wechatpay_key_string {
    PHP_WECHATPAY_KEY_STRING_TEXT,    /* not `file://` and a path: the text itself is the key */
    PHP_WECHATPAY_KEY_STRING_FILE,    /* `file://` and a path: the file was read */
    PHP_WECHATPAY_KEY_STRING_REFUSED, /* the file it names was not read (cannot be opened, or refused unread) */
    PHP_WECHATPAY_KEY_STRING_PHP      /* a path PHP's functions refuse with diagnostics of their own: a NUL
                                       * byte, no valid path, outside open_basedir */
} php_wechatpay_key_string;

/* Reads a key string as PHP's openssl functions do (`file://` and a path, resolved as they resolve it, names a
 * file), setting *text to a new reference of the string itself (TEXT) or to the file's contents (FILE), both
 * to release with php_wechatpay_release_secret(), and *file to why a file was not read (REFUSED, PHP), with
 * PHP's open_basedir warning for a path outside it when warn_open_basedir is set (for callers that hand the
 * string to no PHP function that would warn). */
php_wechatpay_key_string php_wechatpay_key_string_read(zend_string *value, bool warn_open_basedir, zend_string **text,
                                                       php_wechatpay_key_file *file);

/* Prepares a key or certificate argument for PHP's openssl functions (a string, an object with __toString,
 * or [that, passphrase]) so that OpenSSL never reads a path itself, the text of the file a `file://` string
 * names (php_wechatpay_key_string_read()) taking the string's place in out while PEM text, OpenSSL objects,
 * paths PHP refuses itself and files that cannot be opened are left to PHP and its own diagnostics: returns
 * SUCCESS with out set (release it with php_wechatpay_openssl_arg_release()), or FAILURE with out UNDEF when
 * the file was refused (*status says why) or __toString threw. */
zend_result php_wechatpay_openssl_arg_read_file(zval *arg, zval *out, php_wechatpay_key_file *status);

/* Releases an argument php_wechatpay_openssl_arg_read_file() made, wiping a file's text it holds. */
void php_wechatpay_openssl_arg_release(zval *out);

#endif
