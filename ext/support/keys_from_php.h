/* Keys from PHP values, for the factory's config (client/keys.c) and for the package's helpers
 * (helpers/crypto_rsa.c, helpers/pemutil.c): key strings as PHP's openssl functions read them (`file://` and a
 * path names a file, read within the key file limit of support/key_file.h through PHP's streams; anything
 * else is PEM text), arguments prepared for those functions, and PEM exported from OpenSSL objects. */
#ifndef WECHATPAY_KEYS_FROM_PHP_H
#define WECHATPAY_KEYS_FROM_PHP_H

#include "php.h"
#include "support/key_file.h"

/* Wipes a string holding key material when nothing else references it, then releases it. */
void php_wechatpay_release_secret(zend_string *secret);

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

/* Calls PHP's fn($object, &$out) (openssl_pkey_export, openssl_x509_export) and returns $out when fn returned
 * true, else NULL (with an exception only when fn is missing or threw). */
zend_string *php_wechatpay_openssl_export(const char *fn, zend_object *object);

#endif
