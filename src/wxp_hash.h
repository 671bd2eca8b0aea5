/* The hashes of WeChat Pay APIv2 over OpenSSL: digests and HMACs streamed piece by piece into hex, a
 * timing-safe comparison, the string APIv2 signs (fields sorted by name, `sign` and empty values left out,
 * joined as `k=v&k=v`) and the `sign` value itself (MD5 or HMAC-SHA256 of that string plus `&key=KEY`). */
#ifndef WXP_HASH_H
#define WXP_HASH_H

#include <stddef.h>
#include <openssl/evp.h>
#include "wxp_buf.h"
#include "wxp_err.h"

/* The two APIv2 sign types, spelled as the protocol (and wechatpay-php's Hash constants) spell them. */
#define WXP_APIV2_MD5 "MD5"
#define WXP_APIV2_HMAC_SHA256 "HMAC-SHA256"

/* Room for the hex of the longest digest plus a NUL. */
#define WXP_HASH_HEX_MAX (2 * EVP_MAX_MD_SIZE + 1)

/* A digest or HMAC in progress: begin, update any number of times, then final or abort. */
typedef struct wxp_hash {
    EVP_MD_CTX *md;   /* plain digest, or NULL */
    EVP_MAC_CTX *mac; /* HMAC, or NULL */
    size_t size;      /* bytes of the result */
} wxp_hash;

/* Returns OpenSSL's digest for one of PHP's hash algorithm names (case-insensitive) that OpenSSL's default
 * provider also implements (md5, sha1, sha224, sha256, sha384, sha512/224, sha512/256, sha512, sha3-224,
 * sha3-256, sha3-384, sha3-512), or NULL for any other name. */
const EVP_MD *wxp_hash_md_for_php_name(const char *name, size_t len);

/* Starts md (a digest), or HMAC over md under key when hmac is non-zero (an empty key is the all-zero key,
 * as RFC 2104 pads it). Returns 0, or -1 with err set and h left empty. */
int wxp_hash_begin(wxp_hash *h, const EVP_MD *md, int hmac, const void *key, size_t key_len, wxp_err *err);

/* Feeds len bytes into h. Returns 0, or -1 with err set (h must still be finished or aborted). */
int wxp_hash_update(wxp_hash *h, const void *data, size_t len, wxp_err *err);

/* Writes the result as hex (upper-case when upper is non-zero) plus a NUL to hex (2 * h->size + 1 bytes,
 * at most WXP_HASH_HEX_MAX) and frees h. Returns 0, or -1 with err set (h is freed either way). */
int wxp_hash_final_hex(wxp_hash *h, char *hex, int upper, wxp_err *err);

/* Writes the lower-case hex of md's digest of len bytes of data plus a NUL to hex (WXP_HASH_HEX_MAX bytes).
 * Returns 0, or -1 with err set. */
int wxp_hash_hex(const EVP_MD *md, const void *data, size_t len, char *hex, wxp_err *err);

/* Frees a started hash without a result; safe on a zeroed or already finished one. */
void wxp_hash_abort(wxp_hash *h);

/* Writes len bytes as hex (upper-case when upper is non-zero) plus a NUL to out (2 * len + 1 bytes). */
void wxp_hex(const unsigned char *bytes, size_t len, int upper, char *out);

/* Returns 1 when the two strings are equal, else 0, as PHP's hash_equals(): different lengths differ at
 * once, equal lengths are compared in time that does not depend on where they differ. */
int wxp_hash_equals(const void *known, size_t known_len, const void *user, size_t user_len);

/* One APIv2 field: a name and a value; value NULL stands for PHP's null. */
typedef struct wxp_apiv2_field {
    const char *name;
    size_t name_len;
    const char *value;
    size_t value_len;
} wxp_apiv2_field;

/* Appends the string APIv2 signs to out: the fields sorted by name as byte strings (shorter first on a
 * common prefix: PHP's ksort SORT_STRING), skipping the field named `sign` and null or empty values, each as
 * `name=value`, joined by `&` (Formatter::queryStringLike(Formatter::ksort($fields)) of wechatpay-php).
 * Returns 0, or -1 when memory ran out (out is then as it was). */
int wxp_apiv2_string(wxp_buf *out, const wxp_apiv2_field *fields, size_t count);

/* Writes the APIv2 `sign` of data under the APIv2 key as upper-case hex plus a NUL to out
 * (WXP_HASH_HEX_MAX bytes): MD5(data || "&key=" || key) for type "MD5", HMAC-SHA256 under key of the same
 * for "HMAC-SHA256". Returns 0; 1 for any other type (nothing written); -1 with err set for an empty key
 * (WXP_E_INVALID) or an OpenSSL failure. */
int wxp_apiv2_sign(const char *type, size_t type_len, const void *data, size_t len, const void *key,
                   size_t key_len, char *out, wxp_err *err);

#endif
