/* A per-process cache of parsed keys and certificates, keyed by content: the SHA-256 of the key kind and the
 * PEM text. A key whose PEM changes (a file rewritten on disk) has a new digest and is parsed again; the old
 * entry ages out. Not thread-safe: one cache per process (PHP NTS) or per thread. */
#ifndef WXP_KEYCACHE_H
#define WXP_KEYCACHE_H

#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include "wxp_err.h"
#include "wxp_keys.h"

/* How many keys a process keeps by default: merchants hold one private key and one to three platform keys,
 * so this covers dozens of merchants per worker and bounds the memory of a process that sees many. */
#define WXP_KEYCACHE_CAPACITY 64

typedef struct wxp_keycache wxp_keycache;

/* What a cache holds and has done since it was made. */
typedef struct wxp_keycache_stats {
    size_t entries;              /* keys held now (at most the capacity) */
    unsigned long long parses;   /* misses that parsed a key successfully */
    unsigned long long hits;     /* keys handed out without parsing */
} wxp_keycache_stats;

/* Makes an empty cache of at most capacity keys (0 is taken as 1); returns NULL when memory ran out. */
wxp_keycache *wxp_keycache_new(size_t capacity);

/* Returns the key of the given kind parsed from pem, as wxp_key_from_pem() would, with a new reference the
 * caller frees with EVP_PKEY_free: the cached key when the same kind and PEM bytes were parsed before, else
 * a freshly parsed one that is then cached (evicting the least recently used key when full). A PEM that does
 * not parse is not cached: NULL with err set, as wxp_key_from_pem() sets it. */
EVP_PKEY *wxp_keycache_key_from_pem(wxp_keycache *cache, const char *pem, size_t len, wxp_key_kind kind, wxp_err *err);

/* As wxp_keycache_key_from_pem(), but the PEM is read the way PHP's openssl_pkey_get_private() (want_private,
 * empty passphrase) or openssl_pkey_get_public() reads a key string (wxp_pkey_read_private()/_public(): any
 * key type, a certificate's key): what Crypto\Rsa::from() hands out. Cached apart from the factory's entries,
 * under the same content digest scheme, and counted in the same stats. */
EVP_PKEY *wxp_keycache_pkey_as_php(wxp_keycache *cache, const char *pem, size_t len, int want_private, wxp_err *err);

/* As wxp_keycache_pkey_as_php() for a private key read with a passphrase (openssl_pkey_get_private([$pem,
 * $passphrase])), keyed by the passphrase and the PEM together: the same PEM with another passphrase is parsed
 * (and refused) anew, so the decrypted key goes only to callers who give the passphrase it was decrypted with. */
EVP_PKEY *wxp_keycache_private_as_php_with_pass(wxp_keycache *cache, const char *pem, size_t len, const char *pass,
                                                size_t pass_len, wxp_err *err);

/* Appends the upper-case hex serial number of the first PEM certificate in pem to out, as
 * wxp_cert_serial_hex() does, remembering it under the content digest (a small table of its own beside the
 * keys, least recently used out) so the same bytes are decoded once; counted in the stats' parses and hits.
 * Returns 0, or -1 with err set (nothing is remembered then). */
int wxp_keycache_cert_serial_hex(wxp_keycache *cache, const char *pem, size_t len, wxp_buf *out, wxp_err *err);

/* Returns the first certificate in pem as PHP's openssl_x509_read() reads a string (wxp_cert_read_as_php()),
 * with a new reference the caller frees with X509_free: the one remembered under the content digest (a table
 * of 16 of its own, least recently used out) when the same bytes were read before, else a freshly read one,
 * then remembered. Counted in the stats' parses and hits. NULL with err set when there is none (not kept). */
X509 *wxp_keycache_certificate_as_php(wxp_keycache *cache, const char *pem, size_t len, wxp_err *err);

/* Returns key prepared for signing or verifying (wxp_rsa_prepare), made once per cache entry and shared, with
 * a new reference the caller drops with wxp_rsa_prepared_free; NULL when key is not one this cache handed out
 * (or memory ran out): the caller prepares its own then. So a client built in a later request of the same
 * process finds the OpenSSL contexts already set up. */
wxp_rsa_prepared *wxp_keycache_prepared(wxp_keycache *cache, EVP_PKEY *key);

/* Fills out with the cache's counts. */
void wxp_keycache_stats_get(const wxp_keycache *cache, wxp_keycache_stats *out);

/* Frees the cache and drops its references (a key still held elsewhere lives on); NULL is accepted. */
void wxp_keycache_free(wxp_keycache *cache);

#endif
