/* Key and certificate files, read through PHP's streams (open_basedir and file permissions apply) only when
 * they are regular files of at most 1 MiB, wherever the extension reads one: the factory's keys
 * (client/keys.c), Crypto\Rsa's and Util\PemUtil's (helpers/). */
#ifndef WECHATPAY_KEY_FILE_H
#define WECHATPAY_KEY_FILE_H

#include "php.h"

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

#endif
