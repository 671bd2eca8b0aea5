/* Parsing RSA keys and certificates once, and a keyring of platform keys looked up by serial or key id. */
#ifndef WXP_KEYS_H
#define WXP_KEYS_H

#include <stddef.h>
#include <time.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include "wxp_buf.h"
#include "wxp_err.h"
#include "wxp_rsa.h"

typedef enum wxp_key_kind {
    WXP_KEY_PRIVATE, /* PKCS#1 `RSA PRIVATE KEY` or PKCS#8 `PRIVATE KEY` PEM */
    WXP_KEY_PUBLIC   /* SPKI `PUBLIC KEY`, PKCS#1 `RSA PUBLIC KEY` or X.509 `CERTIFICATE` PEM */
} wxp_key_kind;

/* Parses PEM text into a new EVP_PKEY of the given kind (the caller frees it with EVP_PKEY_free); only RSA
 * keys are accepted. Returns NULL with err set (WXP_E_KEY, never quoting the key material) on failure. */
EVP_PKEY *wxp_key_from_pem(const char *pem, size_t len, wxp_key_kind kind, wxp_err *err);

/* Appends the upper-case hex serial number of an X.509 PEM certificate to out. Returns 0 or -1 (WXP_E_KEY). */
int wxp_cert_serial_hex(const char *pem, size_t len, wxp_buf *out, wxp_err *err);

/* Reads the first X.509 certificate of pem: appends its upper-case hex serial to serial_hex, sets *key to its RSA
 * public key (a new reference the caller frees) and *not_after to its notAfter (seconds since the epoch, UTC).
 * Returns 0, or -1 with err set (WXP_E_KEY) and *key NULL. */
int wxp_cert_read(const char *pem, size_t len, wxp_buf *serial_hex, EVP_PKEY **key, time_t *not_after, wxp_err *err);

/* Sets *not_after to the certificate's notAfter as seconds since the Unix epoch (UTC). Returns 0, or -1 when
 * the certificate has no readable notAfter. */
int wxp_cert_not_after(const X509 *cert, time_t *not_after);

/* A set of platform public keys, each under the serial or `PUB_KEY_ID_...` that responses name. */
typedef struct wxp_keyring wxp_keyring;

/* Makes an empty keyring; returns NULL when memory ran out. */
wxp_keyring *wxp_keyring_new(void);

/* Adds key under id (exact bytes, case-sensitive), taking one reference of key (EVP_PKEY_up_ref is done
 * here, the caller keeps its own). Returns 0, or -1 when memory ran out or the id is already present. */
int wxp_keyring_add(wxp_keyring *ring, const char *id, size_t id_len, EVP_PKEY *key);

/* Returns the key stored under exactly id, or NULL (the keyring keeps ownership). */
EVP_PKEY *wxp_keyring_find(const wxp_keyring *ring, const char *id, size_t id_len);

/* Returns the key stored under exactly id prepared for repeated verification (wxp_rsa_prepare, made on first
 * use and kept with the entry, which owns it), or NULL when id is absent or memory ran out. */
wxp_rsa_prepared *wxp_keyring_prepared(wxp_keyring *ring, const char *id, size_t id_len);

/* Gives the entry under id a prepared key made elsewhere (shared, e.g. by the process's key cache), taking
 * over the caller's reference of prepared: kept when the entry has none yet and prepared is for the entry's
 * own key, else dropped. NULL is accepted. */
void wxp_keyring_adopt_prepared(wxp_keyring *ring, const char *id, size_t id_len, wxp_rsa_prepared *prepared);

/* Returns 1 when id is present, else 0. */
int wxp_keyring_has(const wxp_keyring *ring, const char *id, size_t id_len);

/* Returns how many keys the ring holds. */
size_t wxp_keyring_count(const wxp_keyring *ring);

/* Appends the ids, in insertion order, joined by `,` to out (for error messages). Returns 0 or -1. */
int wxp_keyring_list(const wxp_keyring *ring, wxp_buf *out);

/* Records when the certificate of the entry under id expires (seconds since the Unix epoch); an entry without
 * one (a bare public key) has no known expiry and comes after every certificate. Returns 0, or -1 when id is absent. */
int wxp_keyring_set_not_after(wxp_keyring *ring, const char *id, size_t id_len, time_t not_after);

/* Chooses the key that encrypts sensitive fields for WeChat Pay, the one Wechatpay-Serial then names: the
 * first `PUB_KEY_ID_` entry in insertion order (public-key mode) when there is one; else the entry whose
 * certificate expires last (ties: the earliest added); else, with no notAfter known, the first entry. Sets
 * *id_len and returns the id (owned by the ring), or NULL when the ring is empty. */
const char *wxp_keyring_encryption_id(const wxp_keyring *ring, size_t *id_len);

/* Frees the keyring and drops its key references; NULL is accepted. */
void wxp_keyring_free(wxp_keyring *ring);

#endif
