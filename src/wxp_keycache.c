/* The key cache: a fixed array searched linearly (64 SHA-256 comparisons cost far less than one PEM decode),
 * with a use tick per entry for least-recently-used eviction. Entries hold one EVP_PKEY reference each and
 * every hand-out takes another, so an evicted key stays alive for the clients still using it and is freed
 * by the last of them.
 *
 * Why content and not path + mtime: the caller reads the PEM (for a file, through its own access checks)
 * every time and the digest decides. A file rewritten within the same second, or with its mtime restored,
 * is still seen; and a cache hit never skips reading the file, so never skips the permission checks. */
#include "wxp_keycache.h"

#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>

/* How an entry's PEM was parsed: the factory's rules (wxp_key_from_pem, RSA only) for either kind, or PHP's
 * own (wxp_pkey_read_private/_public, any key type, as openssl_pkey_get_private()/_public() read a string).
 * The two may read different keys from the same bytes (a bundle), so each has its own entries. */
typedef enum wxp_keycache_rules {
    WXP_KC_PRIVATE = 'S',     /* wxp_key_from_pem(WXP_KEY_PRIVATE) */
    WXP_KC_PUBLIC = 'P',      /* wxp_key_from_pem(WXP_KEY_PUBLIC) */
    WXP_KC_PHP_PRIVATE = 's', /* wxp_pkey_read_private(), empty passphrase */
    WXP_KC_PHP_PUBLIC = 'p',  /* wxp_pkey_read_public() */
    WXP_KC_PHP_PRIVATE_PASS = 'e', /* wxp_pkey_read_private() with a passphrase, hashed in front of the PEM */
    WXP_KC_SERIAL = 'X',      /* wxp_cert_serial_hex(): the serials table */
    WXP_KC_CERT = 'C'         /* wxp_cert_read_as_php(): the certificates table */
} wxp_keycache_rules;

typedef struct wxp_keycache_entry {
    unsigned char digest[SHA256_DIGEST_LENGTH]; /* SHA-256(rules byte [|| passphrase length || passphrase] || PEM) */
    wxp_keycache_rules kind;
    EVP_PKEY *key;                              /* NULL: the slot is free */
    wxp_rsa_prepared *prepared;                 /* key prepared for signing/verifying, made on first ask */
    unsigned long long last_use;
} wxp_keycache_entry;

/* A certificate's serial number (wxp_cert_serial_hex) under SHA-256('X' || PEM): PemUtil's
 * parseCertificateSerialNo() decodes the whole certificate for it, about 0.14 ms. len 0: the slot is free. */
#define WXP_KEYCACHE_SERIALS 16
#define WXP_KEYCACHE_SERIAL_MAX 128 /* X.509 serials are at most 20 bytes (40 hex digits); longer are not kept */

typedef struct wxp_keycache_serial {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    size_t len;
    char hex[WXP_KEYCACHE_SERIAL_MAX];
    unsigned long long last_use;
} wxp_keycache_serial;

/* A certificate as PHP's openssl_x509_read() reads it (PemUtil::loadCertificate()), under SHA-256('C' || PEM).
 * cert NULL: the slot is free. */
#define WXP_KEYCACHE_CERTS 16

typedef struct wxp_keycache_cert {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    X509 *cert;
    unsigned long long last_use;
} wxp_keycache_cert;

struct wxp_keycache {
    wxp_keycache_serial serials[WXP_KEYCACHE_SERIALS];
    wxp_keycache_cert certs[WXP_KEYCACHE_CERTS];
    wxp_keycache_entry *entries;
    size_t capacity;
    size_t count;
    EVP_MD *sha256;      /* fetched once: an implicit fetch (EVP_sha256()) at every digest costs more than the hash */
    EVP_MD_CTX *md;      /* reused by every digest */
    unsigned long long tick;
    unsigned long long parses;
    unsigned long long hits;
};

wxp_keycache *wxp_keycache_new(size_t capacity)
{
    wxp_keycache *cache = calloc(1, sizeof(*cache));

    if (cache == NULL) {
        return NULL;
    }
    cache->capacity = capacity > 0 ? capacity : 1;
    cache->entries = calloc(cache->capacity, sizeof(*cache->entries));
    if (cache->entries == NULL) {
        free(cache);
        return NULL;
    }
    /* without them every digest fails and the cache parses every time: still correct answers */
    cache->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
    cache->md = EVP_MD_CTX_new();
    return cache;
}

/* A passphrase (NULL: none) given with a PEM: an encrypted key's entry is keyed by both, so only a caller who
 * has the passphrase finds the decrypted key. */
typedef struct wxp_keycache_pass {
    const char *bytes;
    size_t len;
} wxp_keycache_pass;

/* The rules are hashed in front of the PEM, so a bundle parsed once as private and once as public (the same
 * bytes), or by the factory's and PHP's rules, makes separate entries; a passphrase goes between the two,
 * preceded by its length so that no passphrase and PEM pair hashes like another. Returns 0, or -1 when OpenSSL
 * could not hash. */
static int wxp_keycache_digest(wxp_keycache *cache, const char *pem, size_t len, wxp_keycache_rules kind,
                               const wxp_keycache_pass *pass, unsigned char *digest)
{
    unsigned char kind_byte = (unsigned char) kind;
    unsigned long long pass_len = pass != NULL ? (unsigned long long) pass->len : 0;
    EVP_MD_CTX *md = cache->md;
    int ok = md != NULL && cache->sha256 != NULL && EVP_DigestInit_ex(md, cache->sha256, NULL) == 1
        && EVP_DigestUpdate(md, &kind_byte, 1) == 1
        && (pass == NULL || (EVP_DigestUpdate(md, &pass_len, sizeof(pass_len)) == 1
                             && EVP_DigestUpdate(md, pass->bytes, pass->len) == 1))
        && EVP_DigestUpdate(md, pem, len) == 1
        && EVP_DigestFinal_ex(md, digest, NULL) == 1;

    return ok ? 0 : -1;
}

static wxp_keycache_entry *wxp_keycache_find(wxp_keycache *cache, const unsigned char *digest,
                                             wxp_keycache_rules kind)
{
    size_t i;

    for (i = 0; i < cache->capacity; i++) {
        wxp_keycache_entry *e = &cache->entries[i];

        if (e->key != NULL && e->kind == kind && memcmp(e->digest, digest, sizeof(e->digest)) == 0) {
            return e;
        }
    }
    return NULL;
}

/* A free slot, or else the least recently used entry, emptied (its reference dropped). */
static wxp_keycache_entry *wxp_keycache_slot(wxp_keycache *cache)
{
    wxp_keycache_entry *oldest = NULL;
    size_t i;

    for (i = 0; i < cache->capacity; i++) {
        wxp_keycache_entry *e = &cache->entries[i];

        if (e->key == NULL) {
            return e;
        }
        if (oldest == NULL || e->last_use < oldest->last_use) {
            oldest = e;
        }
    }
    wxp_rsa_prepared_free(oldest->prepared); /* clients holding it keep it (and its key) alive */
    EVP_PKEY_free(oldest->key);
    memset(oldest, 0, sizeof(*oldest));
    cache->count--;
    return oldest;
}

/* Parses pem by the given rules (NULL with err set when it holds no such key). */
static EVP_PKEY *wxp_keycache_parse(const char *pem, size_t len, wxp_keycache_rules kind,
                                    const wxp_keycache_pass *pass, wxp_err *err)
{
    wxp_pkey_source src;

    switch (kind) {
        case WXP_KC_PRIVATE:
            return wxp_key_from_pem(pem, len, WXP_KEY_PRIVATE, err);
        case WXP_KC_PUBLIC:
            return wxp_key_from_pem(pem, len, WXP_KEY_PUBLIC, err);
        case WXP_KC_PHP_PRIVATE:
        case WXP_KC_PHP_PRIVATE_PASS:
        case WXP_KC_PHP_PUBLIC:
        case WXP_KC_SERIAL:
        case WXP_KC_CERT:
            break;
    }
    src.data = pem;
    src.len = len;
    src.is_file = 0;
    if (kind == WXP_KC_PHP_PUBLIC) {
        return wxp_pkey_read_public(&src, err);
    }
    return pass != NULL ? wxp_pkey_read_private(&src, pass->bytes, pass->len, err)
                        : wxp_pkey_read_private(&src, "", 0, err);
}

static EVP_PKEY *wxp_keycache_get(wxp_keycache *cache, const char *pem, size_t len, wxp_keycache_rules kind,
                                  const wxp_keycache_pass *pass, wxp_err *err)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    wxp_keycache_entry *e;
    EVP_PKEY *key;

    if (wxp_keycache_digest(cache, pem, len, kind, pass, digest) != 0) {
        return wxp_keycache_parse(pem, len, kind, pass, err); /* no digest, no caching: still a correct answer */
    }
    e = wxp_keycache_find(cache, digest, kind);
    if (e != NULL && EVP_PKEY_up_ref(e->key) == 1) {
        e->last_use = ++cache->tick;
        cache->hits++;
        return e->key;
    }
    key = wxp_keycache_parse(pem, len, kind, pass, err);
    if (key == NULL) {
        return NULL;
    }
    cache->parses++;
    if (e == NULL && EVP_PKEY_up_ref(key) == 1) {
        e = wxp_keycache_slot(cache);
        memcpy(e->digest, digest, sizeof(digest));
        e->kind = kind;
        e->key = key;
        e->last_use = ++cache->tick;
        cache->count++;
    }
    return key;
}

EVP_PKEY *wxp_keycache_key_from_pem(wxp_keycache *cache, const char *pem, size_t len, wxp_key_kind kind, wxp_err *err)
{
    return wxp_keycache_get(cache, pem, len, kind == WXP_KEY_PRIVATE ? WXP_KC_PRIVATE : WXP_KC_PUBLIC, NULL, err);
}

EVP_PKEY *wxp_keycache_pkey_as_php(wxp_keycache *cache, const char *pem, size_t len, int want_private, wxp_err *err)
{
    return wxp_keycache_get(cache, pem, len, want_private ? WXP_KC_PHP_PRIVATE : WXP_KC_PHP_PUBLIC, NULL, err);
}

EVP_PKEY *wxp_keycache_private_as_php_with_pass(wxp_keycache *cache, const char *pem, size_t len, const char *pass,
                                                size_t pass_len, wxp_err *err)
{
    wxp_keycache_pass given;

    given.bytes = pass;
    given.len = pass_len;
    return wxp_keycache_get(cache, pem, len, WXP_KC_PHP_PRIVATE_PASS, &given, err);
}

int wxp_keycache_cert_serial_hex(wxp_keycache *cache, const char *pem, size_t len, wxp_buf *out, wxp_err *err)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    wxp_keycache_serial *slot = NULL;
    wxp_buf serial;
    size_t i;
    int rc;

    if (wxp_keycache_digest(cache, pem, len, WXP_KC_SERIAL, NULL, digest) != 0) {
        return wxp_cert_serial_hex(pem, len, out, err);
    }
    for (i = 0; i < WXP_KEYCACHE_SERIALS; i++) {
        wxp_keycache_serial *s = &cache->serials[i];

        if (s->len > 0 && memcmp(s->digest, digest, sizeof(digest)) == 0) {
            s->last_use = ++cache->tick;
            cache->hits++;
            return wxp_buf_append(out, s->hex, s->len) == 0 ? 0 : wxp_err_set(err, WXP_E_NOMEM, "Out of memory");
        }
        /* where a new serial goes: the first free slot, else the least recently used */
        if (s->len == 0) {
            if (slot == NULL || slot->len != 0) {
                slot = s;
            }
        } else if (slot == NULL || (slot->len != 0 && s->last_use < slot->last_use)) {
            slot = s;
        }
    }
    wxp_buf_init(&serial);
    rc = wxp_cert_serial_hex(pem, len, &serial, err);
    if (rc == 0) {
        cache->parses++;
        if (serial.len > 0 && serial.len <= WXP_KEYCACHE_SERIAL_MAX) {
            memcpy(slot->digest, digest, sizeof(digest));
            memcpy(slot->hex, wxp_buf_cstr(&serial), serial.len);
            slot->len = serial.len;
            slot->last_use = ++cache->tick;
        }
        if (wxp_buf_append(out, wxp_buf_cstr(&serial), serial.len) != 0) {
            wxp_err_set(err, WXP_E_NOMEM, "Out of memory");
            rc = -1;
        }
    }
    wxp_buf_free(&serial);
    return rc;
}

X509 *wxp_keycache_certificate_as_php(wxp_keycache *cache, const char *pem, size_t len, wxp_err *err)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    wxp_keycache_cert *slot = NULL;
    wxp_pkey_source src;
    X509 *cert;
    size_t i;

    src.data = pem;
    src.len = len;
    src.is_file = 0;
    if (wxp_keycache_digest(cache, pem, len, WXP_KC_CERT, NULL, digest) != 0) {
        return wxp_cert_read_as_php(&src, err); /* no digest, no caching: still a correct answer */
    }
    for (i = 0; i < WXP_KEYCACHE_CERTS; i++) {
        wxp_keycache_cert *c = &cache->certs[i];

        if (c->cert != NULL && memcmp(c->digest, digest, sizeof(digest)) == 0) {
            if (X509_up_ref(c->cert) != 1) {
                return wxp_cert_read_as_php(&src, err);
            }
            c->last_use = ++cache->tick;
            cache->hits++;
            return c->cert;
        }
        if (slot == NULL || (slot->cert != NULL && (c->cert == NULL || c->last_use < slot->last_use))) {
            slot = c; /* a free slot, else the least recently used */
        }
    }
    cert = wxp_cert_read_as_php(&src, err);
    if (cert == NULL) {
        return NULL;
    }
    cache->parses++;
    if (X509_up_ref(cert) == 1) {
        X509_free(slot->cert); /* a caller's object still holding it keeps it */
        memcpy(slot->digest, digest, sizeof(digest));
        slot->cert = cert;
        slot->last_use = ++cache->tick;
    }
    return cert;
}

wxp_rsa_prepared *wxp_keycache_prepared(wxp_keycache *cache, EVP_PKEY *key)
{
    size_t i;

    for (i = 0; key != NULL && i < cache->capacity; i++) {
        wxp_keycache_entry *e = &cache->entries[i];

        if (e->key != key) {
            continue;
        }
        if (e->prepared == NULL) {
            e->prepared = wxp_rsa_prepare(key); /* NULL (out of memory) is tried again next time */
        }
        return e->prepared != NULL ? wxp_rsa_prepared_ref(e->prepared) : NULL;
    }
    return NULL;
}

void wxp_keycache_stats_get(const wxp_keycache *cache, wxp_keycache_stats *out)
{
    out->entries = cache->count;
    out->parses = cache->parses;
    out->hits = cache->hits;
}

void wxp_keycache_free(wxp_keycache *cache)
{
    size_t i;

    if (cache == NULL) {
        return;
    }
    for (i = 0; i < cache->capacity; i++) {
        wxp_rsa_prepared_free(cache->entries[i].prepared);
        EVP_PKEY_free(cache->entries[i].key);
    }
    for (i = 0; i < WXP_KEYCACHE_CERTS; i++) {
        X509_free(cache->certs[i].cert);
    }
    EVP_MD_CTX_free(cache->md);
    EVP_MD_free(cache->sha256);
    free(cache->entries);
    free(cache);
}
