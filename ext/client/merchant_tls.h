/* The config's `merchant` entry: the merchant certificate and private key an APIv2 call presents for mutual
 * TLS (`security => true`), read and checked once at factory time. */
#ifndef WECHATPAY_MERCHANT_TLS_H
#define WECHATPAY_MERCHANT_TLS_H

#include "php.h"

typedef struct php_wechatpay_merchant_tls {
    zend_string *cert_pem;       /* the certificate's PEM text, as read from its file */
    zend_string *key_pem;        /* the private key's PEM text, as read (a secret: wiped when freed) */
    zend_string *key_passphrase; /* the key's passphrase (a secret), or NULL */
} php_wechatpay_merchant_tls;

/* Reads config's 'merchant' (['cert' => path|[path, passphrase], 'key' => path|[path, passphrase]]) into
 * *out (NULL when absent, null or [], the package's default), checking that both files read, parse and belong
 * together. Returns FAILURE with an InvalidArgumentException naming the entry thrown. */
zend_result php_wechatpay_merchant_tls_read(HashTable *config, php_wechatpay_merchant_tls **out);

/* Frees tls, wiping its secrets (NULL is ignored). */
void php_wechatpay_merchant_tls_free(php_wechatpay_merchant_tls *tls);

#endif
