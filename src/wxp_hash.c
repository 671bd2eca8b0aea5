/* Digests and HMACs through OpenSSL's EVP_MD and EVP_MAC interfaces, hex output, hash_equals(), and the
 * APIv2 string to sign and its `sign`. */
#include "wxp_hash.h"
#include "wxp_buf_private.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/params.h>

typedef struct php_name_md {
    const char *php_name;
    const EVP_MD *(*md)(void);
} php_name_md;

/* PHP's names (hash_algos()) of the digests OpenSSL's default provider has. */
static const php_name_md php_names[] = {
    {"md5", EVP_md5},           {"sha1", EVP_sha1},           {"sha224", EVP_sha224},
    {"sha256", EVP_sha256},     {"sha384", EVP_sha384},       {"sha512/224", EVP_sha512_224},
    {"sha512/256", EVP_sha512_256}, {"sha512", EVP_sha512},   {"sha3-224", EVP_sha3_224},
    {"sha3-256", EVP_sha3_256}, {"sha3-384", EVP_sha3_384},   {"sha3-512", EVP_sha3_512},
};

const EVP_MD *wxp_hash_md_for_php_name(const char *name, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(php_names) / sizeof(php_names[0]); i++) {
        if (strlen(php_names[i].php_name) == len && strncasecmp(php_names[i].php_name, name, len) == 0) {
            return php_names[i].md();
        }
    }
    return NULL;
}

static int hash_failure(wxp_err *err, const char *what)
{
    wxp_err_set(err, WXP_E_CRYPTO, "OpenSSL failed to %s", what);
    wxp_err_append_openssl(err);
    return -1;
}

int wxp_hash_begin(wxp_hash *h, const EVP_MD *md, int hmac, const void *key, size_t key_len, wxp_err *err)
{
    static const unsigned char zero_key[1] = {0};

    memset(h, 0, sizeof(*h));
    if (md == NULL) {
        return wxp_err_set(err, WXP_E_INVALID, "No digest given");
    }
    if (!hmac) {
        if ((h->md = EVP_MD_CTX_new()) == NULL || !EVP_DigestInit_ex2(h->md, md, NULL)) {
            wxp_hash_abort(h);
            return hash_failure(err, "start a digest");
        }
        h->size = (size_t) EVP_MD_get_size(md);
        return 0;
    } else {
        EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
        OSSL_PARAM params[2];

        params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *) EVP_MD_get0_name(md), 0);
        params[1] = OSSL_PARAM_construct_end();
        h->mac = mac != NULL ? EVP_MAC_CTX_new(mac) : NULL;
        EVP_MAC_free(mac);
        /* HMAC pads the key with zeros to the block size, so the empty key and one zero byte are the same. */
        if (key_len == 0) {
            key = zero_key;
            key_len = 1;
        }
        if (h->mac == NULL || !EVP_MAC_init(h->mac, key, key_len, params)) {
            wxp_hash_abort(h);
            return hash_failure(err, "start an HMAC");
        }
        h->size = EVP_MAC_CTX_get_mac_size(h->mac);
        return 0;
    }
}

int wxp_hash_update(wxp_hash *h, const void *data, size_t len, wxp_err *err)
{
    if (len == 0) {
        return 0;
    }
    if (h->md != NULL ? !EVP_DigestUpdate(h->md, data, len) : !EVP_MAC_update(h->mac, data, len)) {
        return hash_failure(err, "hash");
    }
    return 0;
}

int wxp_hash_final_hex(wxp_hash *h, char *hex, int upper, wxp_err *err)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    size_t mac_len = 0;
    int ok;

    if (h->md != NULL) {
        ok = EVP_DigestFinal_ex(h->md, digest, &md_len);
        mac_len = md_len;
    } else {
        ok = h->mac != NULL && EVP_MAC_final(h->mac, digest, &mac_len, sizeof(digest));
    }
    wxp_hash_abort(h);
    if (!ok) {
        return hash_failure(err, "finish a hash");
    }
    wxp_hex(digest, mac_len, upper, hex);
    OPENSSL_cleanse(digest, sizeof(digest));
    return 0;
}

int wxp_hash_hex(const EVP_MD *md, const void *data, size_t len, char *hex, wxp_err *err)
{
    wxp_hash h;

    if (wxp_hash_begin(&h, md, 0, NULL, 0, err) != 0) {
        return -1;
    }
    if (wxp_hash_update(&h, data, len, err) != 0) {
        wxp_hash_abort(&h);
        return -1;
    }
    return wxp_hash_final_hex(&h, hex, 0, err);
}

void wxp_hash_abort(wxp_hash *h)
{
    EVP_MD_CTX_free(h->md);
    EVP_MAC_CTX_free(h->mac);
    h->md = NULL;
    h->mac = NULL;
}

void wxp_hex(const unsigned char *bytes, size_t len, int upper, char *out)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    size_t i;

    for (i = 0; i < len; i++) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
    out[2 * len] = '\0';
}

int wxp_hash_equals(const void *known, size_t known_len, const void *user, size_t user_len)
{
    if (known_len != user_len) {
        return 0;
    }
    return known_len == 0 || CRYPTO_memcmp(known, user, known_len) == 0;
}

/* Sorts the field positions in idx (tmp: scratch of the same size) by name as PHP's ksort(SORT_STRING)
 * compares keys (zend_binary_strcmp: bytes, then the shorter first), keeping ties in input order: a bottom-up
 * merge sort, stable and without the global state qsort's comparator would need. */
static void sort_indices(size_t *idx, size_t *tmp, size_t n, const wxp_apiv2_field *fields)
{
    size_t width, i;

    for (width = 1; width < n; width *= 2) {
        for (i = 0; i < n; i += 2 * width) {
            size_t lo = i, mid = i + width < n ? i + width : n, hi = i + 2 * width < n ? i + 2 * width : n;
            size_t a = lo, b = mid, k = lo;

            while (a < mid && b < hi) {
                const wxp_apiv2_field *x = &fields[idx[a]], *y = &fields[idx[b]];
                size_t m = x->name_len < y->name_len ? x->name_len : y->name_len;
                int c = m > 0 ? memcmp(x->name, y->name, m) : 0;

                if (c == 0) {
                    c = x->name_len < y->name_len ? -1 : (x->name_len > y->name_len ? 1 : 0);
                }
                tmp[k++] = c <= 0 ? idx[a++] : idx[b++];
            }
            while (a < mid) {
                tmp[k++] = idx[a++];
            }
            while (b < hi) {
                tmp[k++] = idx[b++];
            }
        }
        memcpy(idx, tmp, n * sizeof(*idx));
    }
}

int wxp_apiv2_string(wxp_buf *out, const wxp_apiv2_field *fields, size_t count)
{
    size_t *idx, i, start = out->len;
    int first = 1;

    if (count == 0) {
        return 0;
    }
    if (count > ((size_t) -1) / (2 * sizeof(*idx)) || (idx = malloc(2 * count * sizeof(*idx))) == NULL) {
        return -1;
    }
    for (i = 0; i < count; i++) {
        idx[i] = i;
    }
    sort_indices(idx, idx + count, count, fields);
    for (i = 0; i < count; i++) {
        const wxp_apiv2_field *f = &fields[idx[i]];

        if ((f->name_len == 4 && memcmp(f->name, "sign", 4) == 0) || f->value == NULL || f->value_len == 0) {
            continue;
        }
        if ((!first && wxp_buf_append_byte(out, '&') != 0) || wxp_buf_append(out, f->name, f->name_len) != 0
            || wxp_buf_append_byte(out, '=') != 0 || wxp_buf_append(out, f->value, f->value_len) != 0) {
            free(idx);
            wxp_buf_truncate(out, start);
            return -1;
        }
        first = 0;
    }
    free(idx);
    return 0;
}

int wxp_apiv2_sign(const char *type, size_t type_len, const void *data, size_t len, const void *key,
                   size_t key_len, char *out, wxp_err *err)
{
    wxp_hash h;
    int hmac;

    if (type_len == strlen(WXP_APIV2_MD5) && memcmp(type, WXP_APIV2_MD5, type_len) == 0) {
        hmac = 0;
    } else if (type_len == strlen(WXP_APIV2_HMAC_SHA256) && memcmp(type, WXP_APIV2_HMAC_SHA256, type_len) == 0) {
        hmac = 1;
    } else {
        return 1;
    }
    if (key_len == 0) {
        return wxp_err_set(err, WXP_E_INVALID, "The APIv2 key must not be empty");
    }
    if (wxp_hash_begin(&h, hmac ? EVP_sha256() : EVP_md5(), hmac, key, key_len, err) != 0) {
        return -1;
    }
    if (wxp_hash_update(&h, data, len, err) != 0 || wxp_hash_update(&h, "&key=", 5, err) != 0
        || wxp_hash_update(&h, key, key_len, err) != 0) {
        wxp_hash_abort(&h);
        return -1;
    }
    return wxp_hash_final_hex(&h, out, 1, err);
}
