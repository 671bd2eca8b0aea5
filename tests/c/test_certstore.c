/* The process's store of fetched platform certificates: entries per merchant id, the fetch policy (first use,
 * unknown serial, renewal, rate limit, single flight), adding certificates checked against their serial, and
 * eviction of the least recently used idle entry. Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include "wxp_certstore.h"

static void id_of(unsigned char *id, int n)
{
    memset(id, 0, WXP_CERTSTORE_ID_LEN);
    memcpy(id, &n, sizeof(n));
}

static void test_policy(EVP_PKEY *key)
{
    wxp_certstore *store = wxp_certstore_new();
    unsigned char id[WXP_CERTSTORE_ID_LEN];
    wxp_certstore_entry *e;
    wxp_certstore_facts f;
    char *pem = keygen_cert_pem(key, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"); /* valid one day */
    time_t now = time(NULL);
    const time_t day = 86400, refresh = 12 * 3600, gap = 60;
    wxp_err err;

    id_of(id, 1);
    e = wxp_certstore_entry_of(store, id);
    CHECK(e != NULL && wxp_certstore_entry_of(store, id) == e);
    /* first use: fetch, whatever the serial */
    CHECK(wxp_certstore_assess(e, "ANY", 3, now, refresh, gap) == WXP_CERTSTORE_FETCH);
    CHECK(wxp_certstore_assess(e, NULL, 0, now, refresh, gap) == WXP_CERTSTORE_FETCH);
    /* single flight: while a fetch runs, an unknown serial waits */
    wxp_certstore_begin(e, now);
    CHECK(wxp_certstore_busy(e));
    CHECK(wxp_certstore_assess(e, "ANY", 3, now, refresh, gap) == WXP_CERTSTORE_WAIT);
    /* a certificate listed under another serial is refused; the right one added once */
    wxp_err_clear(&err);
    CHECK(wxp_certstore_add_pem(e, "ABCDEF", 6, pem, strlen(pem), &err) == -1 && err.code == WXP_E_KEY);
    CHECK(strstr(err.message, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1") != NULL);
    CHECK(wxp_certstore_add_pem(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, pem, strlen(pem), &err) == 1);
    CHECK(wxp_certstore_add_pem(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, pem, strlen(pem), &err) == 0);
    CHECK(wxp_certstore_add_pem(e, "X", 1, "not pem", 7, &err) == -1);
    wxp_certstore_end(e, 1, now);
    CHECK(!wxp_certstore_busy(e));
    wxp_certstore_facts_get(e, &f);
    CHECK(f.certificates == 1 && f.fetches == 1 && f.failures == 0 && f.fetched_at == now && f.tried_at == now);
    CHECK(f.newest_not_after >= now + day - 5 && f.newest_not_after <= now + day + 5);
    CHECK(wxp_keyring_has(wxp_certstore_ring(e), "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40));
    /* known and fresh: use it; unknown within the rate limit: wait; after it: fetch */
    CHECK(wxp_certstore_assess(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, now + 1, refresh, gap) == WXP_CERTSTORE_USE);
    CHECK(wxp_certstore_assess(e, "OTHER", 5, now + gap - 1, refresh, gap) == WXP_CERTSTORE_WAIT);
    CHECK(wxp_certstore_assess(e, "OTHER", 5, now + gap, refresh, gap) == WXP_CERTSTORE_FETCH);
    /* renewal: the newest certificate expires within the refresh period (one day left, refresh two days) */
    CHECK(wxp_certstore_assess(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, now + gap, 2 * day, gap) == WXP_CERTSTORE_RENEW);
    CHECK(wxp_certstore_assess(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, now + 1, 2 * day, gap) == WXP_CERTSTORE_USE);
    /* renewal: the last fetch is older than the refresh period */
    CHECK(wxp_certstore_assess(e, "5157f09efdc096de15ebe81a47057a7232f1b8e1", 40, now + refresh, refresh, gap) == WXP_CERTSTORE_RENEW);
    /* a failed attempt counts for the rate limit, and is counted */
    wxp_certstore_begin(e, now + gap);
    wxp_certstore_end(e, 0, now + gap);
    wxp_certstore_facts_get(e, &f);
    CHECK(f.fetches == 2 && f.failures == 1 && f.fetched_at == now && f.tried_at == now + gap);
    CHECK(wxp_certstore_assess(e, "OTHER", 5, now + gap + 1, refresh, gap) == WXP_CERTSTORE_WAIT);
    /* certificates read back from a file another process wrote: fresh as of its time, no fetch counted */
    id_of(id, 2);
    e = wxp_certstore_entry_of(store, id);
    CHECK(wxp_certstore_add_pem(e, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", 40, pem, strlen(pem), &err) == 1);
    wxp_certstore_loaded(e, now - 10);
    CHECK(wxp_certstore_assess(e, "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", 40, now, refresh, gap) == WXP_CERTSTORE_USE);
    CHECK(wxp_certstore_assess(e, "OTHER", 5, now, refresh, gap) == WXP_CERTSTORE_FETCH);
    wxp_certstore_loaded(e, now - 100);
    wxp_certstore_facts_get(e, &f);
    CHECK(f.fetches == 0 && f.fetched_at == now - 10);
    free(pem);
    wxp_certstore_free(store);
}

static void test_eviction(void)
{
    wxp_certstore *store = wxp_certstore_new();
    unsigned char id[WXP_CERTSTORE_ID_LEN];
    wxp_certstore_entry *first, *e;
    int i;

    id_of(id, 0);
    first = wxp_certstore_entry_of(store, id);
    wxp_certstore_begin(first, 1);  /* busy: never evicted */
    for (i = 1; i < WXP_CERTSTORE_CAPACITY; i++) {
        id_of(id, i);
        CHECK(wxp_certstore_entry_of(store, id) != NULL);
    }
    /* full: the least recently used idle entry (1) makes room, the busy one (0) stays */
    id_of(id, 1000);
    e = wxp_certstore_entry_of(store, id);
    CHECK(e != NULL);
    wxp_certstore_begin(e, 1);
    id_of(id, 0);
    CHECK(wxp_certstore_entry_of(store, id) == first);
    CHECK(wxp_certstore_busy(first));
    /* a pinned entry is not evicted either: the least recently used unpinned idle one goes */
    id_of(id, 2);
    e = wxp_certstore_entry_of(store, id);
    wxp_certstore_pin(e);
    wxp_certstore_pin(e);
    wxp_certstore_unpin(e);
    for (i = 3; i < WXP_CERTSTORE_CAPACITY + 3; i++) {  /* churn through every other slot */
        id_of(id, 5000 + i);
        CHECK(wxp_certstore_entry_of(store, id) != NULL);
    }
    id_of(id, 2);
    CHECK(wxp_certstore_entry_of(store, id) == e);
    id_of(id, 0);
    CHECK(wxp_certstore_entry_of(store, id) == first);
    wxp_certstore_unpin(e);
    wxp_certstore_unpin(e); /* one too many: harmless */
    id_of(id, 2000);
    CHECK(wxp_certstore_entry_of(store, id) != NULL);
    wxp_certstore_free(store);
    wxp_certstore_free(NULL);
}

static void test_ids(void)
{
    unsigned char a[WXP_CERTSTORE_ID_LEN], b[WXP_CERTSTORE_ID_LEN];

    CHECK(wxp_certstore_make_id(a, "1900000001", 10, "k", 1, "https://api.mch.weixin.qq.com/", 30) == 0);
    CHECK(wxp_certstore_make_id(b, "1900000001", 10, "k", 1, "https://api.mch.weixin.qq.com/", 30) == 0);
    CHECK(memcmp(a, b, sizeof(a)) == 0);
    /* another key, another host, or the same bytes split otherwise: another entry */
    CHECK(wxp_certstore_make_id(b, "1900000001", 10, "K", 1, "https://api.mch.weixin.qq.com/", 30) == 0 && memcmp(a, b, sizeof(a)) != 0);
    CHECK(wxp_certstore_make_id(b, "1900000001", 10, "k", 1, "https://api2.mch.weixin.qq.com/", 31) == 0 && memcmp(a, b, sizeof(a)) != 0);
    CHECK(wxp_certstore_make_id(b, "1900000001k", 11, "", 0, "https://api.mch.weixin.qq.com/", 30) == 0 && memcmp(a, b, sizeof(a)) != 0);
}

int main(void)
{
    EVP_PKEY *key = keygen_rsa(2048);

    test_policy(key);
    test_eviction();
    test_ids();
    EVP_PKEY_free(key);
    return UNIT_DONE();
}
