/* The factory's keys: what PHP apps pass as `privateKey` and `certs` (PEM text, file:// paths, OpenSSL key and
 * certificate objects) parsed into EVP_PKEYs, once, at factory time. */
#ifndef WECHATPAY_KEYS_H
#define WECHATPAY_KEYS_H

#include "php.h"
#include <openssl/evp.h>
#include "wxp_keys.h"

/* Parses thing as a key of the given kind for the config entry named in messages (e.g. "privateKey" or
 * "certs[PUB_KEY_ID_...]", never quoting key material), returning a new reference to the key (one parsed from
 * PEM is shared through the process's key cache with every client of the same PEM: never modify it), or NULL
 * with InvalidArgumentException thrown (or what PHP's openssl functions threw). */
EVP_PKEY *php_wechatpay_key_from_zval(zval *thing, wxp_key_kind kind, const char *entry);

/* Makes a keyring of a `certs` array (serial or PUB_KEY_ID_... => key or certificate; a null entry is "none yet"
 * and adds nothing), each key parsed through the process's key cache. Returns NULL with an exception thrown. */
wxp_keyring *php_wechatpay_certs_keyring(HashTable *certs);

#endif
