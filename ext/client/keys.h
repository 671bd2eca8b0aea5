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

#endif
