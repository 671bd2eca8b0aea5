/* Turning what PHP apps pass as keys (PEM text, file:// paths, OpenSSL key and certificate objects) into
 * parsed EVP_PKEYs, once, at factory time. */
#ifndef WECHATPAY_KEYS_H
#define WECHATPAY_KEYS_H

#include "php.h"
#include <openssl/evp.h>
#include "wxp_keys.h"

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
