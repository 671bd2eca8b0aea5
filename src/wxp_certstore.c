/* The process's automatically fetched platform certificates, per merchant (see wxp_certstore.h). */
#include "wxp_certstore.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/evp.h>
#include "wxp_buf.h"

struct wxp_certstore_entry {
    unsigned char id[WXP_CERTSTORE_ID_LEN];
    wxp_keyring *ring;
    wxp_certstore_facts facts;
    int busy;
    unsigned pins;       /* callers that hold the entry across code that may make other entries */
    unsigned long used;  /* the store's clock when last handed out (least recently used goes first) */
};

struct wxp_certstore {
    wxp_certstore_entry *entries[WXP_CERTSTORE_CAPACITY];
    size_t count;
    unsigned long clock;
};

int wxp_certstore_make_id(unsigned char *id, const char *mchid, size_t mchid_len, const char *apiv3_key,
                          size_t apiv3_key_len, const char *base_uri, size_t base_uri_len)
{
    const char *parts[3] = {mchid, apiv3_key, base_uri};
    size_t lens[3] = {mchid_len, apiv3_key_len, base_uri_len}, i;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int len = 0;
    int ok = ctx != NULL && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) == 1;

    for (i = 0; ok && i < 3; i++) {
        unsigned char prefix[8];
        size_t n = lens[i], b;

        for (b = 0; b < 8; b++) {
            prefix[b] = (unsigned char) (n >> (8 * b));
        }
        ok = EVP_DigestUpdate(ctx, prefix, sizeof(prefix)) == 1 && (n == 0 || EVP_DigestUpdate(ctx, parts[i], n) == 1);
    }
    ok = ok && EVP_DigestFinal_ex(ctx, id, &len) == 1 && len == WXP_CERTSTORE_ID_LEN;
    EVP_MD_CTX_free(ctx);
    return ok ? 0 : -1;
}

wxp_certstore *wxp_certstore_new(void)
{
    return calloc(1, sizeof(wxp_certstore));
}

static void entry_free(wxp_certstore_entry *entry)
{
    if (entry != NULL) {
        wxp_keyring_free(entry->ring);
        free(entry);
    }
}

/* The slot to put a new entry in: a free one, else the least recently used entry's without a fetch under way
 * or a pin (freed here), else -1. */
static long slot_for_new(wxp_certstore *store)
{
    size_t i;
    long victim = -1;

    if (store->count < WXP_CERTSTORE_CAPACITY) {
        return (long) store->count++;
    }
    for (i = 0; i < store->count; i++) {
        if (!store->entries[i]->busy && store->entries[i]->pins == 0 && (victim < 0 || store->entries[i]->used < store->entries[victim]->used)) {
            victim = (long) i;
        }
    }
    if (victim >= 0) {
        entry_free(store->entries[victim]);
        store->entries[victim] = NULL;
    }
    return victim;
}

wxp_certstore_entry *wxp_certstore_entry_of(wxp_certstore *store, const unsigned char *id)
{
    wxp_certstore_entry *entry;
    size_t i;
    long slot;

    for (i = 0; i < store->count; i++) {
        if (memcmp(store->entries[i]->id, id, WXP_CERTSTORE_ID_LEN) == 0) {
            store->entries[i]->used = ++store->clock;
            return store->entries[i];
        }
    }
    entry = calloc(1, sizeof(*entry));
    if (entry == NULL || (entry->ring = wxp_keyring_new()) == NULL) {
        free(entry);
        return NULL;
    }
    slot = slot_for_new(store);
    if (slot < 0) {
        entry_free(entry);
        return NULL;
    }
    memcpy(entry->id, id, WXP_CERTSTORE_ID_LEN);
    entry->used = ++store->clock;
    store->entries[slot] = entry;
    return entry;
}

wxp_keyring *wxp_certstore_ring(wxp_certstore_entry *entry)
{
    return entry->ring;
}

wxp_certstore_need wxp_certstore_assess(const wxp_certstore_entry *entry, const char *serial, size_t serial_len,
                                        time_t now, time_t refresh, time_t min_interval)
{
    int known = serial != NULL && wxp_keyring_has(entry->ring, serial, serial_len);
    const wxp_certstore_facts *f = &entry->facts;
    int due;

    if (entry->busy) {
        return known ? WXP_CERTSTORE_USE : WXP_CERTSTORE_WAIT;
    }
    /* a successful fetch ages out after refresh, and the newest certificate must outlive the next refresh
     * (else its successor is not known yet: WeChat Pay lists it well before the old one expires) */
    due = f->fetched_at == 0 || now - f->fetched_at >= refresh
          || (f->newest_not_after != 0 && f->newest_not_after - now <= refresh);
    if (known && !due) {
        return WXP_CERTSTORE_USE;
    }
    if (f->tried_at != 0 && now >= f->tried_at && now - f->tried_at < min_interval) {
        return known ? WXP_CERTSTORE_USE : WXP_CERTSTORE_WAIT;
    }
    return known ? WXP_CERTSTORE_RENEW : WXP_CERTSTORE_FETCH;
}

void wxp_certstore_pin(wxp_certstore_entry *entry)
{
    entry->pins++;
}

void wxp_certstore_unpin(wxp_certstore_entry *entry)
{
    if (entry->pins > 0) {
        entry->pins--;
    }
}

int wxp_certstore_busy(const wxp_certstore_entry *entry)
{
    return entry->busy;
}

void wxp_certstore_begin(wxp_certstore_entry *entry, time_t now)
{
    entry->busy = 1;
    entry->facts.tried_at = now;
    entry->facts.fetches++;
}

void wxp_certstore_end(wxp_certstore_entry *entry, int succeeded, time_t now)
{
    entry->busy = 0;
    if (succeeded) {
        entry->facts.fetched_at = now;
    } else {
        entry->facts.failures++;
    }
}

int wxp_certstore_add_pem(wxp_certstore_entry *entry, const char *serial, size_t serial_len, const char *pem,
                          size_t pem_len, wxp_err *err)
{
    wxp_buf hex;
    EVP_PKEY *key = NULL;
    time_t not_after = 0;
    int rc = -1;

    if (wxp_keyring_has(entry->ring, serial, serial_len)) {
        return 0;
    }
    wxp_buf_init(&hex);
    if (wxp_cert_read(pem, pem_len, &hex, &key, &not_after, err) != 0) {
        wxp_buf_free(&hex);
        return -1;
    }
    if (hex.len != serial_len || strncasecmp(wxp_buf_cstr(&hex), serial, serial_len) != 0) {
        wxp_err_set(err, WXP_E_KEY, "The certificate listed under serial %.*s has serial %s",
                    (int) (serial_len > 64 ? 64 : serial_len), serial, wxp_buf_cstr(&hex));
    } else if (wxp_keyring_add(entry->ring, serial, serial_len, key) != 0) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory keeping a platform certificate");
    } else {
        wxp_keyring_set_not_after(entry->ring, serial, serial_len, not_after);
        if (not_after > entry->facts.newest_not_after) {
            entry->facts.newest_not_after = not_after;
        }
        entry->facts.certificates++;
        rc = 1;
    }
    EVP_PKEY_free(key);
    wxp_buf_free(&hex);
    return rc;
}

void wxp_certstore_loaded(wxp_certstore_entry *entry, time_t fetched_at)
{
    if (fetched_at > entry->facts.fetched_at) {
        entry->facts.fetched_at = fetched_at;
    }
}

void wxp_certstore_facts_get(const wxp_certstore_entry *entry, wxp_certstore_facts *out)
{
    *out = entry->facts;
}

void wxp_certstore_free(wxp_certstore *store)
{
    size_t i;

    if (store == NULL) {
        return;
    }
    for (i = 0; i < store->count; i++) {
        entry_free(store->entries[i]);
    }
    free(store);
}
