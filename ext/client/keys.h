/* Turning what PHP apps pass as keys (PEM text, file:// paths, OpenSSL key and certificate objects) into
 * parsed EVP_PKEYs, once, at factory time. */
#ifndef WECHATPAY_KEYS_H
#define WECHATPAY_KEYS_H

#include "php.h"
#include <openssl/evp.h>
#include "wxp_keys.h"

/* The most bytes a key or certificate file may hold: 1 MiB. A PEM key or certificate is a few KB (an RSA-4096
 * private key 3.3 KB, a certificate 1-2 KB), so any real file fits many times over, comments and chains
 * included, while a wrong path (a log, an archive, /dev/zero) is refused after at most this much is read. */
#define PHP_WECHATPAY_KEY_FILE_MAX (1024 * 1024)

/* What reading a key or certificate file gave. */
typedef enum php_wechatpay_key_file {
    PHP_WECHATPAY_KEY_FILE_READ,        /* the contents were read */
    PHP_WECHATPAY_KEY_FILE_CANNOT_OPEN, /* missing, not permitted, outside open_basedir, ... */
    PHP_WECHATPAY_KEY_FILE_DIRECTORY,   /* refused, like the three below, without reading anything */
    PHP_WECHATPAY_KEY_FILE_SPECIAL,     /* not a regular file: a device, FIFO or socket may never end or block */
    PHP_WECHATPAY_KEY_FILE_TOO_LARGE    /* more than PHP_WECHATPAY_KEY_FILE_MAX bytes */
} php_wechatpay_key_file;

/* Reads the key or certificate file at path (a path or a file:// URL, opened through PHP's streams, so
 * open_basedir applies) into *contents, reading no more than PHP_WECHATPAY_KEY_FILE_MAX bytes; directories,
 * FIFOs (without waiting for a writer), devices and sockets are refused unread. */
php_wechatpay_key_file php_wechatpay_key_file_read(const char *path, zend_string **contents);

/* Looks at the file at path (a path or a file:// URL) without opening it, for code that then reads it another
 * way: its reason to refuse it as php_wechatpay_key_file_read() would, or PHP_WECHATPAY_KEY_FILE_READ when
 * there is none to see (a regular file within the limit, or nothing found: the reader fails on its own). */
php_wechatpay_key_file php_wechatpay_key_file_check(const char *path);

/* What is wrong with a file php_wechatpay_key_file_read() did not read, as the end of a sentence about it
 * ("is a directory"). */
const char *php_wechatpay_key_file_problem(php_wechatpay_key_file status);

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

/* Parses thing as a key of the given kind. entry names the config entry in messages (e.g. "privateKey" or
 * "certs[PUB_KEY_ID_...]"); messages never quote key material. Returns a new reference to the parsed
 * key (shared through the process's key cache with every client of the same PEM: never modify it), or NULL
 * with InvalidArgumentException thrown. */
EVP_PKEY *php_wechatpay_key_from_zval(zval *thing, wxp_key_kind kind, const char *entry);

/* Calls PHP's fn($object, &$out) (openssl_pkey_export, openssl_x509_export) and returns $out when fn returned
 * true, else NULL (with an exception only when fn is missing or threw). */
zend_string *php_wechatpay_openssl_export(const char *fn, zend_object *object);

/* Wipes a string holding key material when nothing else references it, then releases it. */
void php_wechatpay_release_secret(zend_string *secret);

#endif
