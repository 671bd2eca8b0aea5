/* PEM keys and certificates. Each PEM block is read with PEM_read_bio_ex() and decoded by its label, so a
 * message can say what was found instead of what OpenSSL failed on deep inside; messages never quote the
 * key bytes. Encrypted keys are refused: no passphrase can be given here, and OpenSSL must never prompt. */
#include "wxp_keys.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include "wxp_buf_private.h"

/* One PEM block as PEM_read_bio_ex() returns it. PEM_FLAG_SECURE puts the strings on OpenSSL's secure heap
 * when one is set up (else the ordinary heap) and makes OpenSSL cleanse its intermediate buffers. */
typedef struct wxp_pem_block {
    char *label;
    char *headers;
    unsigned char *der;
    long der_len;
} wxp_pem_block;

static void wxp_pem_block_free(wxp_pem_block *block)
{
    OPENSSL_secure_free(block->label);
    OPENSSL_secure_free(block->headers);
    if (block->der != NULL) {
        OPENSSL_secure_clear_free(block->der, (size_t) block->der_len);
    }
    memset(block, 0, sizeof(*block));
}

/* Opens a read-only memory BIO over the PEM text. */
static BIO *wxp_pem_bio(const char *pem, size_t len, wxp_err *err)
{
    BIO *bio;

    if (pem == NULL || len == 0) {
        wxp_err_set(err, WXP_E_KEY, "The PEM text is empty");
        return NULL;
    }
    if (len > INT_MAX) {
        wxp_err_set(err, WXP_E_KEY, "The PEM text is too large");
        return NULL;
    }
    bio = BIO_new_mem_buf(pem, (int) len);
    if (bio == NULL) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory reading PEM text");
    }
    return bio;
}

/* Reads the next PEM block; returns 1, or 0 at the end of the text (OpenSSL's "no start line" is cleared). */
static int wxp_pem_next(BIO *bio, wxp_pem_block *block)
{
    memset(block, 0, sizeof(*block));
    if (PEM_read_bio_ex(bio, &block->label, &block->headers, &block->der, &block->der_len,
                        PEM_FLAG_SECURE | PEM_FLAG_EAY_COMPATIBLE) != 1) {
        ERR_clear_error();
        return 0;
    }
    return 1;
}

static int wxp_label_is(const wxp_pem_block *block, const char *label)
{
    return strcmp(block->label, label) == 0;
}

static int wxp_label_is_certificate(const wxp_pem_block *block)
{
    return wxp_label_is(block, "CERTIFICATE") || wxp_label_is(block, "X509 CERTIFICATE")
        || wxp_label_is(block, "TRUSTED CERTIFICATE");
}

/* Decodes a certificate block; d2i_X509_AUX also reads TRUSTED CERTIFICATE's trailing trust data. */
static X509 *wxp_block_to_x509(const wxp_pem_block *block)
{
    const unsigned char *p = block->der;

    if (wxp_label_is(block, "TRUSTED CERTIFICATE")) {
        return d2i_X509_AUX(NULL, &p, block->der_len);
    }
    return d2i_X509(NULL, &p, block->der_len);
}

/* Decodes a private-key block (PKCS#1 or PKCS#8); returns NULL with err set. */
static EVP_PKEY *wxp_block_to_private(const wxp_pem_block *block, wxp_err *err)
{
    const unsigned char *p = block->der;
    EVP_PKEY *pkey = NULL;

    if (block->headers != NULL && strstr(block->headers, "ENCRYPTED") != NULL) {
        wxp_err_set(err, WXP_E_KEY, "The private key is encrypted (Proc-Type: 4,ENCRYPTED): "
                                    "decrypt it first, no passphrase can be given here");
        return NULL;
    }
    if (wxp_label_is(block, "RSA PRIVATE KEY")) {
        pkey = d2i_PrivateKey(EVP_PKEY_RSA, NULL, &p, block->der_len);
    } else {
        PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(NULL, &p, block->der_len);

        if (info != NULL) {
            pkey = EVP_PKCS82PKEY(info);
            PKCS8_PRIV_KEY_INFO_free(info);
        }
    }
    if (pkey == NULL) {
        wxp_err_set(err, WXP_E_KEY, "The PEM '%s' block could not be decoded", block->label);
        wxp_err_append_openssl(err);
    }
    return pkey;
}

/* Decodes a public-key block (SPKI, PKCS#1 or the key of an X.509 certificate); returns NULL with err set. */
static EVP_PKEY *wxp_block_to_public(const wxp_pem_block *block, wxp_err *err)
{
    const unsigned char *p = block->der;
    EVP_PKEY *pkey = NULL;

    if (wxp_label_is(block, "PUBLIC KEY")) {
        pkey = d2i_PUBKEY(NULL, &p, block->der_len);
    } else if (wxp_label_is(block, "RSA PUBLIC KEY")) {
        pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &p, block->der_len);
    } else {
        X509 *cert = wxp_block_to_x509(block);

        if (cert != NULL) {
            pkey = X509_get_pubkey(cert);
            X509_free(cert);
        }
    }
    if (pkey == NULL) {
        wxp_err_set(err, WXP_E_KEY, "The PEM '%s' block could not be decoded", block->label);
        wxp_err_append_openssl(err);
    }
    return pkey;
}

static int wxp_block_fits(const wxp_pem_block *block, wxp_key_kind kind)
{
    if (kind == WXP_KEY_PRIVATE) {
        return wxp_label_is(block, "RSA PRIVATE KEY") || wxp_label_is(block, "PRIVATE KEY");
    }
    return wxp_label_is(block, "PUBLIC KEY") || wxp_label_is(block, "RSA PUBLIC KEY")
        || wxp_label_is_certificate(block);
}

/* Returns 1 when label reads like a PEM label (words of capitals and digits, at most 12 each, split by single
 * spaces), which a message may quote. Anything else may be a line of a mangled key's Base64 body that a
 * `-----BEGIN ` happened to precede, and is not quoted: a word of at most 12 characters without spaces
 * carries no useful part of a key. */
static int wxp_label_is_plain(const char *label)
{
    size_t word = 0;

    for (; *label != '\0'; label++) {
        if (*label == ' ' && word > 0) {
            word = 0;
        } else if (((*label >= 'A' && *label <= 'Z') || (*label >= '0' && *label <= '9')) && word < 12) {
            word++;
        } else {
            return 0;
        }
    }
    return word > 0;
}

/* Explains, for a text with no block of the wanted kind, what was there instead. */
static void wxp_explain_no_block(wxp_key_kind kind, const char *first_label, int saw_encrypted, wxp_err *err)
{
    const char *wanted = kind == WXP_KEY_PRIVATE
        ? "an RSA private key (PEM 'RSA PRIVATE KEY' or 'PRIVATE KEY')"
        : "an RSA public key or certificate (PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE')";

    if (kind == WXP_KEY_PRIVATE && saw_encrypted) {
        wxp_err_set(err, WXP_E_KEY, "The private key is encrypted (PEM 'ENCRYPTED PRIVATE KEY'): "
                                    "decrypt it first, no passphrase can be given here");
    } else if (first_label[0] == '\0') {
        wxp_err_set(err, WXP_E_KEY, "No complete PEM block found: expected %s", wanted);
    } else if (wxp_label_is_plain(first_label)) {
        wxp_err_set(err, WXP_E_KEY, "Found a PEM '%s' block: expected %s", first_label, wanted);
    } else {
        wxp_err_set(err, WXP_E_KEY, "Found a PEM block with an unrecognised label: expected %s", wanted);
    }
}

EVP_PKEY *wxp_key_from_pem(const char *pem, size_t len, wxp_key_kind kind, wxp_err *err)
{
    wxp_pem_block block;
    char first_label[64] = "";
    EVP_PKEY *pkey = NULL;
    int fitted = 0, saw_encrypted = 0;
    BIO *bio = wxp_pem_bio(pem, len, err);

    if (bio == NULL) {
        return NULL;
    }
    /* Take the first block of the wanted kind: a bundle may hold a certificate next to the key. */
    while (!fitted && wxp_pem_next(bio, &block)) {
        if (first_label[0] == '\0') {
            strncpy(first_label, block.label, sizeof(first_label) - 1);
        }
        saw_encrypted |= wxp_label_is(&block, "ENCRYPTED PRIVATE KEY");
        if (wxp_block_fits(&block, kind)) {
            fitted = 1;
            pkey = kind == WXP_KEY_PRIVATE ? wxp_block_to_private(&block, err) : wxp_block_to_public(&block, err);
        }
        wxp_pem_block_free(&block);
    }
    BIO_free(bio);
    if (!fitted) {
        wxp_explain_no_block(kind, first_label, saw_encrypted, err);
        return NULL;
    }
    if (pkey == NULL) {
        return NULL; /* err says why the block did not decode */
    }
    if (!EVP_PKEY_is_a(pkey, "RSA")) {
        const char *type = EVP_PKEY_get0_type_name(pkey);

        wxp_err_set(err, WXP_E_KEY, "The %s is a %s key: only RSA keys are supported",
                    kind == WXP_KEY_PRIVATE ? "private key" : "public key", type != NULL ? type : "non-RSA");
        EVP_PKEY_free(pkey);
        return NULL;
    }
    return pkey;
}

/* Decodes the first certificate block of pem; returns NULL with err set. */
static X509 *wxp_first_certificate(const char *pem, size_t len, wxp_err *err)
{
    wxp_pem_block block;
    X509 *cert = NULL;
    int found = 0;
    BIO *bio = wxp_pem_bio(pem, len, err);

    if (bio == NULL) {
        return NULL;
    }
    while (!found && wxp_pem_next(bio, &block)) {
        if (wxp_label_is_certificate(&block)) {
            found = 1;
            cert = wxp_block_to_x509(&block);
        }
        wxp_pem_block_free(&block);
    }
    BIO_free(bio);
    if (!found) {
        wxp_err_set(err, WXP_E_KEY, "No PEM 'CERTIFICATE' block found");
    } else if (cert == NULL) {
        wxp_err_set(err, WXP_E_KEY, "The certificate could not be decoded");
        wxp_err_append_openssl(err);
    }
    return cert;
}

/* Appends cert's serial number in upper-case hex to out; returns 0 or -1 with err set. */
static int wxp_serial_hex_of(X509 *cert, wxp_buf *out, wxp_err *err)
{
    /* BN_bn2hex gives upper-case hex, as PHP's serialNumberHex that wechatpay-php upper-cases */
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
    char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;
    int rc = -1;

    if (hex == NULL) {
        wxp_err_set(err, WXP_E_KEY, "The certificate's serial number could not be read");
        wxp_err_append_openssl(err);
    } else if (wxp_buf_append_str(out, hex) != 0) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory reading a certificate serial");
    } else {
        rc = 0;
    }
    OPENSSL_free(hex);
    BN_free(bn);
    return rc;
}

int wxp_cert_serial_hex(const char *pem, size_t len, wxp_buf *out, wxp_err *err)
{
    X509 *cert = wxp_first_certificate(pem, len, err);
    int rc;

    if (cert == NULL) {
        return -1;
    }
    rc = wxp_serial_hex_of(cert, out, err);
    X509_free(cert);
    return rc;
}

int wxp_cert_read(const char *pem, size_t len, wxp_buf *serial_hex, EVP_PKEY **key, time_t *not_after, wxp_err *err)
{
    X509 *cert = wxp_first_certificate(pem, len, err);
    EVP_PKEY *pkey;
    int rc = -1;

    *key = NULL;
    if (cert == NULL) {
        return -1;
    }
    pkey = X509_get_pubkey(cert);
    if (pkey == NULL || EVP_PKEY_get_base_id(pkey) != EVP_PKEY_RSA) {
        wxp_err_set(err, WXP_E_KEY, "The certificate does not hold an RSA public key");
        ERR_clear_error();
        EVP_PKEY_free(pkey);
    } else if (wxp_cert_not_after(cert, not_after) != 0) {
        wxp_err_set(err, WXP_E_KEY, "The certificate has no readable notAfter");
        EVP_PKEY_free(pkey);
    } else if (wxp_serial_hex_of(cert, serial_hex, err) != 0) {
        EVP_PKEY_free(pkey);
    } else {
        *key = pkey;
        rc = 0;
    }
    X509_free(cert);
    return rc;
}

/* Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Howard Hinnant's days_from_civil): no timegm(),
 * which is not standard C, and no TZ dependence. */
static long long wxp_days_from_civil(long long y, unsigned m, unsigned d)
{
    long long era;
    unsigned yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned) (y - era * 400);
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long long) doe - 719468;
}

int wxp_cert_not_after(const X509 *cert, time_t *not_after)
{
    const ASN1_TIME *t = cert != NULL ? X509_get0_notAfter(cert) : NULL;
    struct tm tm;

    if (t == NULL || ASN1_TIME_to_tm(t, &tm) != 1) {
        ERR_clear_error();
        return -1;
    }
    *not_after = (time_t) (wxp_days_from_civil(tm.tm_year + 1900LL, (unsigned) tm.tm_mon + 1, (unsigned) tm.tm_mday) * 86400
                           + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec);
    return 0;
}

/* The keyring: a small array searched linearly (merchants hold one to three platform keys). */
typedef struct wxp_keyring_entry {
    char *id;
    size_t id_len;
    EVP_PKEY *key;
    wxp_rsa_prepared *prepared; /* key prepared for verification on first use, freed with the entry */
    time_t not_after;           /* its certificate's notAfter, or 0 when unknown (a bare public key) */
} wxp_keyring_entry;

struct wxp_keyring {
    wxp_keyring_entry *entries;
    size_t count;
    size_t cap;
};

wxp_keyring *wxp_keyring_new(void)
{
    return calloc(1, sizeof(wxp_keyring));
}

static const wxp_keyring_entry *wxp_keyring_entry_of(const wxp_keyring *ring, const char *id, size_t id_len)
{
    size_t i;

    for (i = 0; i < ring->count; i++) {
        const wxp_keyring_entry *e = &ring->entries[i];

        if (e->id_len == id_len && memcmp(e->id, id, id_len) == 0) {
            return e;
        }
    }
    return NULL;
}

int wxp_keyring_add(wxp_keyring *ring, const char *id, size_t id_len, EVP_PKEY *key)
{
    wxp_keyring_entry *e;
    char *copy;

    if (key == NULL || (id == NULL && id_len > 0) || wxp_keyring_entry_of(ring, id, id_len) != NULL) {
        return -1;
    }
    if (ring->count == ring->cap) {
        size_t cap = ring->cap ? ring->cap * 2 : 4;
        wxp_keyring_entry *grown = realloc(ring->entries, cap * sizeof(*grown));

        if (grown == NULL) {
            return -1;
        }
        ring->entries = grown;
        ring->cap = cap;
    }
    copy = malloc(id_len + 1);
    if (copy == NULL) {
        return -1;
    }
    if (id_len > 0) {
        memcpy(copy, id, id_len);
    }
    copy[id_len] = '\0';
    if (EVP_PKEY_up_ref(key) != 1) {
        free(copy);
        return -1;
    }
    e = &ring->entries[ring->count++];
    e->id = copy;
    e->id_len = id_len;
    e->key = key;
    e->prepared = NULL;
    e->not_after = 0;
    return 0;
}

EVP_PKEY *wxp_keyring_find(const wxp_keyring *ring, const char *id, size_t id_len)
{
    const wxp_keyring_entry *e = wxp_keyring_entry_of(ring, id, id_len);

    return e != NULL ? e->key : NULL;
}

wxp_rsa_prepared *wxp_keyring_prepared(wxp_keyring *ring, const char *id, size_t id_len)
{
    wxp_keyring_entry *e = (wxp_keyring_entry *) wxp_keyring_entry_of(ring, id, id_len);

    if (e == NULL) {
        return NULL;
    }
    if (e->prepared == NULL) {
        e->prepared = wxp_rsa_prepare(e->key); /* NULL (out of memory) is tried again next time */
    }
    return e->prepared;
}

void wxp_keyring_adopt_prepared(wxp_keyring *ring, const char *id, size_t id_len, wxp_rsa_prepared *prepared)
{
    wxp_keyring_entry *e = (wxp_keyring_entry *) wxp_keyring_entry_of(ring, id, id_len);

    if (prepared != NULL && e != NULL && e->prepared == NULL && wxp_rsa_prepared_key(prepared) == e->key) {
        e->prepared = prepared;
        return;
    }
    wxp_rsa_prepared_free(prepared);
}

int wxp_keyring_has(const wxp_keyring *ring, const char *id, size_t id_len)
{
    return wxp_keyring_entry_of(ring, id, id_len) != NULL;
}

size_t wxp_keyring_count(const wxp_keyring *ring)
{
    return ring->count;
}

int wxp_keyring_list(const wxp_keyring *ring, wxp_buf *out)
{
    size_t i, start = out->len;

    for (i = 0; i < ring->count; i++) {
        if ((i > 0 && wxp_buf_append_byte(out, ',') != 0)
            || wxp_buf_append(out, ring->entries[i].id, ring->entries[i].id_len) != 0) {
            wxp_buf_truncate(out, start);
            return -1;
        }
    }
    return 0;
}

int wxp_keyring_set_not_after(wxp_keyring *ring, const char *id, size_t id_len, time_t not_after)
{
    wxp_keyring_entry *e = (wxp_keyring_entry *) wxp_keyring_entry_of(ring, id, id_len);

    if (e == NULL) {
        return -1;
    }
    e->not_after = not_after;
    return 0;
}

#define WXP_PUB_KEY_ID_PREFIX "PUB_KEY_ID_"

const char *wxp_keyring_encryption_id(const wxp_keyring *ring, size_t *id_len)
{
    const wxp_keyring_entry *best = NULL;
    size_t i;

    for (i = 0; i < ring->count; i++) {
        const wxp_keyring_entry *e = &ring->entries[i];

        /* WeChat Pay's public key, when the merchant has one, is the key it asks sensitive fields under */
        if (e->id_len >= sizeof(WXP_PUB_KEY_ID_PREFIX) - 1
            && memcmp(e->id, WXP_PUB_KEY_ID_PREFIX, sizeof(WXP_PUB_KEY_ID_PREFIX) - 1) == 0) {
            best = e;
            break;
        }
        /* during a platform certificate's rotation both are valid: the newer one outlives the older */
        if (best == NULL || e->not_after > best->not_after) {
            best = e;
        }
    }
    if (best == NULL) {
        return NULL;
    }
    *id_len = best->id_len;
    return best->id;
}

void wxp_keyring_free(wxp_keyring *ring)
{
    size_t i;

    if (ring == NULL) {
        return;
    }
    for (i = 0; i < ring->count; i++) {
        free(ring->entries[i].id);
        wxp_rsa_prepared_free(ring->entries[i].prepared);
        EVP_PKEY_free(ring->entries[i].key);
    }
    free(ring->entries);
    free(ring);
}
