/* The key cache: hits hand out the same key without parsing, kinds are kept apart, refused PEM is never
 * cached, the least recently used key is evicted when full, and evicted or freed keys live on while a user
 * holds them (ASan reports any leak or use after free). Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include "wxp_keycache.h"

static EVP_PKEY *get(wxp_keycache *cache, const char *pem, wxp_key_kind kind)
{
    wxp_err err;

    wxp_err_clear(&err);
    return wxp_keycache_key_from_pem(cache, pem, strlen(pem), kind, &err);
}

static void check_stats(wxp_keycache *cache, size_t entries, unsigned long long parses, unsigned long long hits)
{
    wxp_keycache_stats stats;

    wxp_keycache_stats_get(cache, &stats);
    CHECK(stats.entries == entries);
    CHECK(stats.parses == parses);
    CHECK(stats.hits == hits);
    if (stats.entries != entries || stats.parses != parses || stats.hits != hits) {
        fprintf(stderr, "  stats: entries %zu parses %llu hits %llu, want %zu %llu %llu\n", stats.entries,
                stats.parses, stats.hits, entries, parses, hits);
    }
}

static void test_hit_and_miss(EVP_PKEY *rsa)
{
    char *pem = keygen_pkcs8_pem(rsa);
    char *same_key_other_form = keygen_pkcs1_private_pem(rsa);
    wxp_keycache *cache = wxp_keycache_new(4);
    EVP_PKEY *a, *b, *c;

    CHECK(cache != NULL);
    check_stats(cache, 0, 0, 0);
    a = get(cache, pem, WXP_KEY_PRIVATE);
    CHECK(a != NULL && EVP_PKEY_eq(a, rsa) == 1);
    check_stats(cache, 1, 1, 0);
    b = get(cache, pem, WXP_KEY_PRIVATE);
    CHECK(b == a);                      /* the very same object: nothing parsed */
    check_stats(cache, 1, 1, 1);
    c = get(cache, same_key_other_form, WXP_KEY_PRIVATE);
    CHECK(c != NULL && c != a);         /* other bytes, other entry, even for the same key */
    check_stats(cache, 2, 2, 1);
    EVP_PKEY_free(a);
    EVP_PKEY_free(b);
    wxp_keycache_free(cache);
    CHECK(EVP_PKEY_eq(c, rsa) == 1);    /* still usable after the cache is gone: the caller's reference */
    EVP_PKEY_free(c);
    free(pem);
    free(same_key_other_form);
}

/* One text holding a private key and a certificate parses both ways, into two separate entries. */
static void test_kind_separation(EVP_PKEY *rsa)
{
    char *key_pem = keygen_pkcs8_pem(rsa);
    char *cert_pem = keygen_cert_pem(rsa, "1A2B");
    char *bundle = keygen_concat(key_pem, cert_pem);
    wxp_keycache *cache = wxp_keycache_new(4);
    EVP_PKEY *private_key = get(cache, bundle, WXP_KEY_PRIVATE);
    EVP_PKEY *public_key = get(cache, bundle, WXP_KEY_PUBLIC);
    EVP_PKEY *again = get(cache, bundle, WXP_KEY_PUBLIC);
    BIGNUM *d = NULL;

    CHECK(private_key != NULL && public_key != NULL && private_key != public_key);
    CHECK(again == public_key);
    /* only the private-kind entry holds the private half */
    CHECK(private_key != NULL && EVP_PKEY_get_bn_param(private_key, "d", &d) == 1);
    BN_clear_free(d);
    check_stats(cache, 2, 2, 1);
    EVP_PKEY_free(private_key);
    EVP_PKEY_free(public_key);
    EVP_PKEY_free(again);
    wxp_keycache_free(cache);
    free(key_pem);
    free(cert_pem);
    free(bundle);
}

/* A refused PEM is parsed (and refused, with the same message) every time; nothing is cached. */
static void test_refusal_not_cached(EVP_PKEY *rsa)
{
    char *pem = keygen_pkcs8_pem(rsa);
    wxp_keycache *cache = wxp_keycache_new(4);
    wxp_err err;
    int i;

    strchr(pem, '\n')[10] = '*'; /* not Base64: the block no longer decodes */
    for (i = 0; i < 2; i++) {
        wxp_err_clear(&err);
        CHECK(wxp_keycache_key_from_pem(cache, pem, strlen(pem), WXP_KEY_PRIVATE, &err) == NULL);
        CHECK(err.code == WXP_E_KEY);
        check_stats(cache, 0, 0, 0);
    }
    wxp_err_clear(&err);
    CHECK(wxp_keycache_key_from_pem(cache, pem, strlen(pem), WXP_KEY_PUBLIC, &err) == NULL);
    CHECK(strstr(err.message, "expected an RSA public key") != NULL);
    check_stats(cache, 0, 0, 0);
    wxp_keycache_free(cache);
    free(pem);
}

/* Capacity 2: a third key evicts the least recently used one, which a user still holding it can use. */
static void test_eviction(void)
{
    EVP_PKEY *k[3];
    char *pem[3];
    wxp_keycache *cache = wxp_keycache_new(2);
    EVP_PKEY *first, *second, *third, *held, *again;
    int i;

    for (i = 0; i < 3; i++) {
        k[i] = keygen_rsa(1024);
        pem[i] = keygen_spki_pem(k[i]);
    }
    first = get(cache, pem[0], WXP_KEY_PUBLIC);
    second = get(cache, pem[1], WXP_KEY_PUBLIC);
    held = get(cache, pem[0], WXP_KEY_PUBLIC);     /* key 0 is now the more recently used */
    CHECK(held == first);
    check_stats(cache, 2, 2, 1);
    third = get(cache, pem[2], WXP_KEY_PUBLIC);    /* evicts key 1 */
    check_stats(cache, 2, 3, 1);
    again = get(cache, pem[0], WXP_KEY_PUBLIC);
    CHECK(again == first);                         /* key 0 stayed */
    check_stats(cache, 2, 3, 2);
    EVP_PKEY_free(again);
    again = get(cache, pem[1], WXP_KEY_PUBLIC);    /* key 1 was evicted: parsed again, a new object */
    CHECK(again != NULL && again != second && EVP_PKEY_eq(again, k[1]) == 1);
    check_stats(cache, 2, 4, 2);
    CHECK(EVP_PKEY_eq(second, k[1]) == 1);         /* the evicted one is alive for whoever holds it */
    EVP_PKEY_free(again);
    EVP_PKEY_free(second);
    EVP_PKEY_free(held);
    wxp_keycache_free(cache);
    CHECK(EVP_PKEY_eq(first, k[0]) == 1 && EVP_PKEY_eq(third, k[2]) == 1);
    EVP_PKEY_free(first);
    EVP_PKEY_free(third);
    for (i = 0; i < 3; i++) {
        EVP_PKEY_free(k[i]);
        free(pem[i]);
    }
}

/* Many more keys than the capacity: the cache never holds more than its capacity. */
static void test_bounded(EVP_PKEY *rsa)
{
    wxp_keycache *cache = wxp_keycache_new(3);
    char *cert[10];
    char serial[8];
    wxp_keycache_stats stats;
    int i;

    for (i = 0; i < 10; i++) {
        EVP_PKEY *key;

        snprintf(serial, sizeof(serial), "%X", 0x100 + i);
        cert[i] = keygen_cert_pem(rsa, serial);     /* distinct bytes per serial */
        key = get(cache, cert[i], WXP_KEY_PUBLIC);
        CHECK(key != NULL);
        EVP_PKEY_free(key);
        wxp_keycache_stats_get(cache, &stats);
        CHECK(stats.entries == (size_t) (i < 3 ? i + 1 : 3));
    }
    check_stats(cache, 3, 10, 0);
    wxp_keycache_free(cache);
    wxp_keycache_free(NULL);
    for (i = 0; i < 10; i++) {
        free(cert[i]);
    }
}

/* A cached key's prepared form is made once and shared: the same object for every asker, alive for its
 * holders after eviction and after the cache is freed; a key the cache never handed out gets none. A keyring
 * adopts a prepared key only for the entry of that very key. */
static void test_prepared_shared(EVP_PKEY *rsa)
{
    char *pem = keygen_pkcs8_pem(rsa);
    char *other_pem = keygen_spki_pem(rsa);
    wxp_keycache *cache = wxp_keycache_new(1);
    EVP_PKEY *key = get(cache, pem, WXP_KEY_PRIVATE), *other;
    wxp_rsa_prepared *a = wxp_keycache_prepared(cache, key), *b = wxp_keycache_prepared(cache, key);
    wxp_keyring *ring = wxp_keyring_new();
    unsigned char sig[512];
    size_t sig_len = 0;
    wxp_bytes piece = {"message", 7};

    CHECK(a != NULL && a == b && wxp_rsa_prepared_key(a) == key);
    CHECK(wxp_keycache_prepared(cache, rsa) == NULL);  /* not a key this cache handed out */
    CHECK(wxp_keycache_prepared(cache, NULL) == NULL);
    other = get(cache, other_pem, WXP_KEY_PUBLIC);     /* capacity 1: evicts the private key's entry */
    CHECK(other != NULL && wxp_keycache_prepared(cache, key) == NULL);
    CHECK(wxp_rsa_prepared_sign_pieces(a, &piece, 1, sig, &sig_len) == 0 && sig_len == 256);
    wxp_rsa_prepared_free(a);
    CHECK(wxp_rsa_prepared_sign_pieces(b, &piece, 1, sig, &sig_len) == 0 && sig_len == 256);

    /* The keyring keeps a prepared key only for the entry holding that key. */
    CHECK(ring != NULL && wxp_keyring_add(ring, "K", 1, other) == 0 && wxp_keyring_add(ring, "P", 1, key) == 0);
    wxp_keyring_adopt_prepared(ring, "K", 1, wxp_rsa_prepared_ref(b)); /* b is for key, not other: dropped */
    wxp_keyring_adopt_prepared(ring, "P", 1, wxp_rsa_prepared_ref(b)); /* kept */
    wxp_keyring_adopt_prepared(ring, "P", 1, wxp_rsa_prepared_ref(b)); /* P has one already: dropped */
    wxp_keyring_adopt_prepared(ring, "none", 4, wxp_rsa_prepared_ref(b));
    wxp_keyring_adopt_prepared(ring, "P", 1, NULL);
    CHECK(wxp_keyring_prepared(ring, "P", 1) == b);
    CHECK(wxp_keyring_prepared(ring, "K", 1) != NULL && wxp_keyring_prepared(ring, "K", 1) != b);
    wxp_rsa_prepared_free(b);
    wxp_keycache_free(cache);
    wxp_keyring_free(ring);                           /* the last holder of b and of key */
    EVP_PKEY_free(other);
    EVP_PKEY_free(key);
    free(pem);
    free(other_pem);
}

/* Entries read by PHP's rules (Crypto\Rsa::from): any key type, a certificate's key, cached apart from the
 * factory's entries for the same bytes, counted in the same stats; a PEM that does not parse is not cached. */
static void test_php_rules(EVP_PKEY *rsa)
{
    char *key_pem = keygen_pkcs8_pem(rsa);
    char *cert_pem = keygen_cert_pem(rsa, "1A2B");
    EVP_PKEY *ec = keygen_ec();
    char *ec_pem = keygen_pkcs8_pem(ec);
    wxp_keycache *cache = wxp_keycache_new(8);
    EVP_PKEY *a, *b, *f, *c, *e;
    wxp_err err;

    wxp_err_clear(&err);
    a = wxp_keycache_pkey_as_php(cache, key_pem, strlen(key_pem), 1, &err);
    b = wxp_keycache_pkey_as_php(cache, key_pem, strlen(key_pem), 1, &err);
    CHECK(a != NULL && a == b && EVP_PKEY_eq(a, rsa) == 1);
    check_stats(cache, 1, 1, 1);
    f = get(cache, key_pem, WXP_KEY_PRIVATE); /* the factory's rules: an entry of its own */
    CHECK(f != NULL && f != a);
    check_stats(cache, 2, 2, 1);
    c = wxp_keycache_pkey_as_php(cache, cert_pem, strlen(cert_pem), 0, &err);
    CHECK(c != NULL && EVP_PKEY_eq(c, rsa) == 1);
    e = wxp_keycache_pkey_as_php(cache, ec_pem, strlen(ec_pem), 1, &err); /* PHP reads an EC key too */
    CHECK(e != NULL && EVP_PKEY_eq(e, ec) == 1);
    check_stats(cache, 4, 4, 1);
    wxp_err_clear(&err);
    CHECK(wxp_keycache_pkey_as_php(cache, cert_pem, strlen(cert_pem), 1, &err) == NULL); /* no private key */
    CHECK(err.code == WXP_E_KEY);
    check_stats(cache, 4, 4, 1);
    EVP_PKEY_free(a);
    EVP_PKEY_free(b);
    EVP_PKEY_free(f);
    EVP_PKEY_free(c);
    EVP_PKEY_free(e);
    wxp_keycache_free(cache);
    EVP_PKEY_free(ec);
    free(key_pem);
    free(cert_pem);
    free(ec_pem);
}

/* Certificate serials: decoded once per content, the same answer as wxp_cert_serial_hex(), a refusal never kept,
 * and more certificates than the table holds still answered right. */
static void test_cert_serials(EVP_PKEY *rsa)
{
    char *a = keygen_cert_pem(rsa, "1A2B");
    char *b = keygen_cert_pem(rsa, "0C0FFEE0");
    char *key_pem = keygen_pkcs8_pem(rsa);
    wxp_keycache *cache = wxp_keycache_new(4);
    wxp_buf out;
    wxp_err err;
    int i;

    wxp_buf_init(&out);
    CHECK(wxp_keycache_cert_serial_hex(cache, a, strlen(a), &out, &err) == 0 && strcmp(wxp_buf_cstr(&out), "1A2B") == 0);
    wxp_buf_reset(&out);
    CHECK(wxp_keycache_cert_serial_hex(cache, a, strlen(a), &out, &err) == 0 && strcmp(wxp_buf_cstr(&out), "1A2B") == 0);
    check_stats(cache, 0, 1, 1);
    wxp_buf_reset(&out);
    CHECK(wxp_keycache_cert_serial_hex(cache, b, strlen(b), &out, &err) == 0 && strcmp(wxp_buf_cstr(&out), "0C0FFEE0") == 0);
    check_stats(cache, 0, 2, 1);
    for (i = 0; i < 2; i++) {
        wxp_buf_reset(&out);
        wxp_err_clear(&err);
        CHECK(wxp_keycache_cert_serial_hex(cache, key_pem, strlen(key_pem), &out, &err) == -1 && err.code == WXP_E_KEY);
    }
    check_stats(cache, 0, 2, 1);
    for (i = 0; i < 40; i++) { /* more than the table's 16: evictions, each still right */
        char serial[16], *pem;
        wxp_buf want;

        snprintf(serial, sizeof(serial), "%04X", 0x100 + i);
        pem = keygen_cert_pem(rsa, serial);
        wxp_buf_init(&want);
        wxp_buf_reset(&out);
        CHECK(wxp_cert_serial_hex(pem, strlen(pem), &want, &err) == 0);
        CHECK(wxp_keycache_cert_serial_hex(cache, pem, strlen(pem), &out, &err) == 0
              && strcmp(wxp_buf_cstr(&out), wxp_buf_cstr(&want)) == 0);
        wxp_buf_free(&want);
        free(pem);
    }
    wxp_buf_reset(&out);
    CHECK(wxp_keycache_cert_serial_hex(cache, a, strlen(a), &out, &err) == 0 && strcmp(wxp_buf_cstr(&out), "1A2B") == 0);
    check_stats(cache, 0, 43, 1); /* a was evicted: decoded again */
    wxp_buf_free(&out);
    wxp_keycache_free(cache);
    free(a);
    free(b);
    free(key_pem);
}

/* [$pem, $passphrase]: an encrypted key's entry is keyed by the passphrase and the PEM together, so the decrypted
 * key is handed out again only for the same passphrase; a wrong one is refused every time and never cached. */
static void test_passphrase(EVP_PKEY *rsa)
{
    BIO *bio = BIO_new(BIO_s_mem());
    char *enc;
    wxp_keycache *cache = wxp_keycache_new(8);
    EVP_PKEY *a, *b, *plain;
    wxp_err err;

    if (bio == NULL || PEM_write_bio_PrivateKey(bio, rsa, EVP_aes_256_cbc(), NULL, 0, NULL, (void *) "wxp-pass") != 1) {
        keygen_die("PEM_write_bio_PrivateKey (encrypted)");
    }
    enc = keygen_bio_text(bio);
    wxp_err_clear(&err);
    a = wxp_keycache_private_as_php_with_pass(cache, enc, strlen(enc), "wxp-pass", 8, &err);
    b = wxp_keycache_private_as_php_with_pass(cache, enc, strlen(enc), "wxp-pass", 8, &err);
    CHECK(a != NULL && a == b && EVP_PKEY_eq(a, rsa) == 1);
    check_stats(cache, 1, 1, 1);
    CHECK(wxp_keycache_private_as_php_with_pass(cache, enc, strlen(enc), "wxp-pasS", 8, &err) == NULL);
    CHECK(err.code == WXP_E_KEY);
    /* (not "wxp-pass\0": with it OpenSSL 3.0.19's PEM decoder leaked 152 bytes under ASan, refusing it) */
    CHECK(wxp_keycache_private_as_php_with_pass(cache, enc, strlen(enc), "wxp-pass2", 9, &err) == NULL);
    CHECK(wxp_keycache_private_as_php_with_pass(cache, enc, strlen(enc), "", 0, &err) == NULL);
    CHECK(wxp_keycache_pkey_as_php(cache, enc, strlen(enc), 1, &err) == NULL); /* no passphrase: refused too */
    check_stats(cache, 1, 1, 1);
    /* an unencrypted PEM with a passphrase: read as PHP reads it (the passphrase unused), an entry of its own */
    {
        char *pem = keygen_pkcs8_pem(rsa);

        plain = wxp_keycache_private_as_php_with_pass(cache, pem, strlen(pem), "any", 3, &err);
        CHECK(plain != NULL && plain != a && EVP_PKEY_eq(plain, rsa) == 1);
        check_stats(cache, 2, 2, 1);
        EVP_PKEY_free(plain);
        free(pem);
    }
    EVP_PKEY_free(a);
    EVP_PKEY_free(b);
    wxp_keycache_free(cache);
    free(enc);
}

/* Certificates as openssl_x509_read() reads text: one read per content, the same X509 handed out again, text
 * without a certificate refused every time and never kept, more certificates than the table holds still
 * answered right (the least recently used dropped, a caller's reference keeping it alive). */
static void test_certificates(EVP_PKEY *rsa)
{
    wxp_keycache *cache = wxp_keycache_new(8);
    char *pems[20];
    X509 *first, *again, *held;
    wxp_err err;
    char serial[8];
    size_t i;

    for (i = 0; i < 20; i++) {
        snprintf(serial, sizeof(serial), "%zX", i + 0x10);
        pems[i] = keygen_cert_pem(rsa, serial);
    }
    wxp_err_clear(&err);
    first = wxp_keycache_certificate_as_php(cache, pems[0], strlen(pems[0]), &err);
    again = wxp_keycache_certificate_as_php(cache, pems[0], strlen(pems[0]), &err);
    CHECK(first != NULL && first == again);
    check_stats(cache, 0, 1, 1);
    CHECK(wxp_keycache_certificate_as_php(cache, "no certificate", 14, &err) == NULL && err.code == WXP_E_KEY);
    CHECK(wxp_keycache_certificate_as_php(cache, "no certificate", 14, &err) == NULL);
    check_stats(cache, 0, 1, 1);
    held = first; /* kept by this caller past its eviction */
    X509_free(again);
    for (i = 1; i < 20; i++) {
        X509 *c = wxp_keycache_certificate_as_php(cache, pems[i], strlen(pems[i]), &err);

        CHECK(c != NULL && ASN1_INTEGER_get(X509_get0_serialNumber(c)) == (long) (i + 0x10));
        X509_free(c);
    }
    check_stats(cache, 0, 20, 1);
    CHECK(ASN1_INTEGER_get(X509_get0_serialNumber(held)) == 0x10); /* evicted from the table, alive here */
    again = wxp_keycache_certificate_as_php(cache, pems[0], strlen(pems[0]), &err); /* read again */
    CHECK(again != NULL && again != held && X509_cmp(again, held) == 0);
    check_stats(cache, 0, 21, 1);
    X509_free(again);
    X509_free(held);
    wxp_keycache_free(cache);
    for (i = 0; i < 20; i++) {
        free(pems[i]);
    }
}

int main(void)
{
    EVP_PKEY *rsa = keygen_rsa(2048);

    test_hit_and_miss(rsa);
    test_kind_separation(rsa);
    test_refusal_not_cached(rsa);
    test_eviction();
    test_bounded(rsa);
    test_prepared_shared(rsa);
    test_php_rules(rsa);
    test_cert_serials(rsa);
    test_passphrase(rsa);
    test_certificates(rsa);
    EVP_PKEY_free(rsa);
    return UNIT_DONE();
}
