/* Platform certificates the client fetches itself: with the config's `apiv3Key`, an answer (or callback) naming a
 * platform serial the client's `certs` lack is verified with the certificates of GET /v3/certificates, fetched
 * once per process for each merchant (kept across PHP-FPM requests in the process's store, src/wxp_certstore.h),
 * again before the newest of them expires and on a serial not seen yet, one fetch at a time and at most one
 * per wechatpay.certs_min_interval; optionally kept in the file the config's `certsFile` names, so other
 * processes and restarts start from it. Explicit `certs` and public-key mode (PUB_KEY_ID_...) take precedence. */
#ifndef WECHATPAY_AUTOCERTS_H
#define WECHATPAY_AUTOCERTS_H

#include "php.h"
#include "client/client.h"
#include "wxp_keys.h"

/* Returns the keyring that verifies an answer naming serial (NULL: the answer named none) for client: its own
 * `certs` when they hold serial, when serial is a PUB_KEY_ID_ or when the client has no apiv3Key; else the
 * process's fetched certificates of its merchant, fetched (or read from certsFile) first when the store's policy
 * says so. May run PHP code (the fetch is a call on the loop, the file is read and written through PHP's
 * streams), so the caller holds client, and what it settles, as loop.h's ownership rules say. When a fetch was
 * wanted and failed or was held back, *why is the exception that says so (the caller's exception carries it as
 * its previous), else UNDEF. Returns NULL only when exit() is unwinding. */
wxp_keyring *php_wechatpay_autocerts_ring(php_wechatpay_client *client, const char *serial, size_t serial_len,
                                          zval *why);

/* Returns the keyring Sensitive::encrypt() chooses its key from for client: its own `certs` when they hold a
 * certificate or public key, or when it has no apiv3Key; else the fetched certificates of its merchant, fetched
 * first when none are held yet or a renewal is due. May run PHP code as php_wechatpay_autocerts_ring() does, and
 * sets *why the same way. Returns NULL only when exit() is unwinding. */
wxp_keyring *php_wechatpay_autocerts_encryption_ring(php_wechatpay_client *client, zval *why);

/* Returns the key client holds under serial, in its own `certs` or its merchant's fetched certificates, without
 * fetching anything; NULL when neither holds it. */
EVP_PKEY *php_wechatpay_autocerts_held_key(php_wechatpay_client *client, const char *serial, size_t serial_len);

/* Returns the key under serial that verifies an answer for client right now without fetching anything (its own
 * `certs`, or the fetched certificates when no refresh is due), or NULL: what a worker thread's verification
 * job takes; NULL sends the answer to php_wechatpay_autocerts_ring() on the PHP thread. */
EVP_PKEY *php_wechatpay_autocerts_ready_key(php_wechatpay_client *client, const char *serial, size_t serial_len);

/* Appends to out the ids a verification with ring could use, for messages: the client's `certs`, then ring's
 * when it is the fetched certificates, joined by `,`. Returns 0 or -1. */
int php_wechatpay_autocerts_list(const php_wechatpay_client *client, const wxp_keyring *ring, wxp_buf *out);

#endif
