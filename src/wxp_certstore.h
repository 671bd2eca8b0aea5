/* The platform certificates a process fetched from /v3/certificates, kept across requests (PHP-FPM) for each
 * merchant, with the facts that decide when to fetch again: when the last fetch was tried and succeeded,
 * whether one is under way (single flight), and when the newest certificate expires. Certificates are only
 * ever added (a rotation lists the old and the new one together), so a keyring handed out stays valid.
 * Not thread-safe: one store per process (PHP NTS), used on the PHP thread only. */
#ifndef WXP_CERTSTORE_H
#define WXP_CERTSTORE_H

#include <stddef.h>
#include <time.h>
#include "wxp_err.h"
#include "wxp_keys.h"

/* The length of an entry's id: a digest of what the certificates belong to (merchant, APIv3 key, host). */
#define WXP_CERTSTORE_ID_LEN 32

/* How many merchants a process keeps certificates for; the least recently used idle one makes room. */
#define WXP_CERTSTORE_CAPACITY 64

typedef struct wxp_certstore wxp_certstore;
typedef struct wxp_certstore_entry wxp_certstore_entry;

/* Whether a fetch is wanted before an answer naming a serial is verified. */
typedef enum wxp_certstore_need {
    WXP_CERTSTORE_USE,      /* verify with what is held */
    WXP_CERTSTORE_FETCH,    /* fetch first: the serial is unknown (or nothing is held yet) */
    WXP_CERTSTORE_RENEW,    /* the serial is known, but it is time to refresh: fetch, and on failure keep going */
    WXP_CERTSTORE_WAIT      /* the serial is unknown, but a fetch is under way or the last try was too recent */
} wxp_certstore_need;

/* What an entry holds and has done, for stats and tests. */
typedef struct wxp_certstore_facts {
    size_t certificates;      /* certificates held */
    time_t fetched_at;        /* last successful fetch, 0 when none */
    time_t tried_at;          /* last fetch started, 0 when none */
    time_t newest_not_after;  /* latest notAfter held, 0 when none */
    unsigned long fetches;    /* fetches started */
    unsigned long failures;   /* of those, the ones that failed */
} wxp_certstore_facts;

/* Writes into id (WXP_CERTSTORE_ID_LEN bytes) the SHA-256 of what fetched certificates belong to: the merchant
 * id, the APIv3 key they were decrypted with and the base URI they came from (length-prefixed, so no two
 * triples meet). Returns 0, or -1 when OpenSSL failed. */
int wxp_certstore_make_id(unsigned char *id, const char *mchid, size_t mchid_len, const char *apiv3_key,
                          size_t apiv3_key_len, const char *base_uri, size_t base_uri_len);

/* Makes an empty store; returns NULL when memory ran out. */
wxp_certstore *wxp_certstore_new(void);

/* Returns the entry of id (WXP_CERTSTORE_ID_LEN bytes), made empty when absent (evicting the least recently used
 * entry without a fetch under way or a pin when the store is full); NULL when memory ran out or every entry is
 * busy or pinned. */
wxp_certstore_entry *wxp_certstore_entry_of(wxp_certstore *store, const unsigned char *id);

/* Returns the entry's keyring (owned by the entry; it only grows). */
wxp_keyring *wxp_certstore_ring(wxp_certstore_entry *entry);

/* Decides what to do before verifying an answer that names serial at time now: refresh is the period after
 * which a successful fetch is renewed, and within which the newest certificate must not expire; min_interval is
 * the least time between two fetch attempts (the rate limit; the first attempt is never held back). */
wxp_certstore_need wxp_certstore_assess(const wxp_certstore_entry *entry, const char *serial, size_t serial_len,
                                        time_t now, time_t refresh, time_t min_interval);

/* Keeps the entry from being evicted until unpinned: a caller holding it across code that may make other
 * entries (the PHP code a fetch or a file read may run) pins it first. Pins nest. */
void wxp_certstore_pin(wxp_certstore_entry *entry);

/* Drops one pin. */
void wxp_certstore_unpin(wxp_certstore_entry *entry);

/* Returns whether a fetch is under way for the entry. */
int wxp_certstore_busy(const wxp_certstore_entry *entry);

/* Marks a fetch as started at now (single flight: the caller checked assess first). */
void wxp_certstore_begin(wxp_certstore_entry *entry, time_t now);

/* Marks the fetch begun as finished, successful or not, at now. */
void wxp_certstore_end(wxp_certstore_entry *entry, int succeeded, time_t now);

/* Adds the certificate pem listed under serial (checked: pem's own serial must be serial, any case), keeping its
 * key and notAfter. Returns 1 when added, 0 when the serial was already held, -1 with err set. */
int wxp_certstore_add_pem(wxp_certstore_entry *entry, const char *serial, size_t serial_len, const char *pem,
                          size_t pem_len, wxp_err *err);

/* Records that the certificates held were fetched at fetched_at (read back from the file a fetch wrote, maybe
 * by another process), when that is later than the entry's last successful fetch. */
void wxp_certstore_loaded(wxp_certstore_entry *entry, time_t fetched_at);

/* Fills out with the entry's facts. */
void wxp_certstore_facts_get(const wxp_certstore_entry *entry, wxp_certstore_facts *out);

/* Frees the store and every entry (keys held elsewhere live on); NULL is accepted. */
void wxp_certstore_free(wxp_certstore *store);

#endif
