/* Keys from PHP values, one way for the factory's config (client/keys.c) and for the package's helpers
 * (helpers/crypto_rsa.c, helpers/pemutil.c): PHP's OpenSSL key and certificate objects, key strings as PHP's
 * openssl functions read them (`file://` and a path names a file, read within the key file limit of
 * support/key_file.h through PHP's streams; anything else is PEM text) and arguments prepared for those
 * functions. What each caller then parses, refuses, caches and says is its own. The package's own key text
 * (pseudo-schemes) is src/wxp_pem.h. */
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

/* Reads the key an OpenSSLAsymmetricKey or OpenSSLCertificate holds into out, through PHP's own openssl
 * functions (ext/openssl exports no C API): openssl_pkey_get_details() tells a private key from a public one
 * and gives an RSA key's numbers, openssl_pkey_export() the PEM of another type of private key,
 * openssl_x509_export() a certificate's; public_half asks for the public key of a private key object. Returns
 * true, or false with out empty when there is no key to read (an exception is set only when PHP threw one). */
bool php_wechatpay_object_key_read(zend_object *object, bool public_half, php_wechatpay_object_key *out);

/* Frees what php_wechatpay_object_key_read() gave, wiping the PEM text. */
void php_wechatpay_object_key_release(php_wechatpay_object_key *key);

/* How PHP's openssl functions read a key string. */
typedef enum php_wechatpay_openssl_key_string {
    PHP_WECHATPAY_OPENSSL_KEY_TEXT, /* PEM text (no `file://` and a path) */
    PHP_WECHATPAY_OPENSSL_KEY_FILE, /* a file: real_path is the path they read */
    PHP_WECHATPAY_OPENSSL_KEY_PHP   /* a path they refuse themselves (NUL byte, not resolvable, outside
                                     * open_basedir): only PHP's own call gives its own diagnostics */
} php_wechatpay_openssl_key_string;

/* Tells how PHP's openssl functions read text as a key: `file://` followed by a path names a file, which
 * they resolve into real_path (MAXPATHLEN bytes); anything else is PEM text. */
php_wechatpay_openssl_key_string php_wechatpay_openssl_key_string_kind(zend_string *text, char *real_path);

/* Prepares a key or certificate argument for PHP's openssl functions (a string, an object with __toString,
 * or [that, passphrase]) so that OpenSSL never reads a path itself: the file a `file://` string names is
 * read by php_wechatpay_key_file_read() and its text takes the string's place in out. PEM text, OpenSSL
 * objects, paths PHP refuses itself and files that cannot be opened are left for PHP and its own
 * diagnostics. Returns SUCCESS with out set, or FAILURE (out UNDEF) when the file was refused (*status says
 * why) or __toString threw; release out with php_wechatpay_openssl_arg_release(). */
zend_result php_wechatpay_openssl_arg_read_file(zval *arg, zval *out, php_wechatpay_key_file *status);

/* Releases an argument php_wechatpay_openssl_arg_read_file() made, wiping a file's text it holds. */
void php_wechatpay_openssl_arg_release(zval *out);

#endif
