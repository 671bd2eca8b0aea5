/* Bills read piece by piece (see wxp_bill.h). */
#include "wxp_bill.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>

int wxp_bill_begin(wxp_bill *b, int expect_gzip, wxp_bill_write_fn write, void *user, wxp_err *err)
{
    memset(b, 0, sizeof(*b));
    b->write = write;
    b->user = user;
    b->expect_gzip = expect_gzip;
    b->gzip = -1;
    b->sha1 = EVP_MD_CTX_new();
    b->out = malloc(WXP_BILL_CHUNK);
    if (b->sha1 == NULL || b->out == NULL) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory while starting a bill");
    }
    if (EVP_DigestInit_ex(b->sha1, EVP_sha1(), NULL) != 1) {
        wxp_err_set(err, WXP_E_CRYPTO, "SHA-1 is not available");
        wxp_err_append_openssl(err);
        return -1;
    }
    return 0;
}

/* Hashes and writes one piece of the bill. */
static int emit(wxp_bill *b, const void *bytes, size_t len, wxp_err *err)
{
    if (len == 0) {
        return 0;
    }
    if (EVP_DigestUpdate(b->sha1, bytes, len) != 1) {
        wxp_err_set(err, WXP_E_CRYPTO, "SHA-1 failed");
        wxp_err_append_openssl(err);
        return -1;
    }
    if (b->write(b->user, bytes, len) != 0) {
        b->write_failed = 1;
        return wxp_err_set(err, WXP_E_INVALID, "the bill could not be written to its destination");
    }
    b->bill_bytes += len;
    return 0;
}

/* Opens (or, for a further member, resets) the gzip decoder. windowBits 15 + 16: gzip framing only, so its
 * header, CRC-32 and length are checked by zlib. */
static int open_inflate(wxp_bill *b, wxp_err *err)
{
    int rc;

    if (b->z_open) {
        rc = inflateReset(&b->z);
    } else {
        memset(&b->z, 0, sizeof(b->z));
        rc = inflateInit2(&b->z, 15 + 16);
        b->z_open = rc == Z_OK;
    }
    if (rc != Z_OK) {
        return wxp_err_set(err, rc == Z_MEM_ERROR ? WXP_E_NOMEM : WXP_E_INVALID,
                           "the gzip decoder could not start (zlib %d)", rc);
    }
    b->member_done = 0;
    return 0;
}

/* Inflates len compressed bytes, writing the bill as it comes out. A member that ends with input left starts
 * the next member there (gzip files may be concatenated, as gzip -d reads them). */
static int inflate_bytes(wxp_bill *b, const unsigned char *bytes, size_t len, wxp_err *err)
{
    while (len > 0) {
        uInt take = len > (size_t) UINT32_MAX ? UINT32_MAX : (uInt) len;
        int rc;

        if (b->member_done && open_inflate(b, err) != 0) {
            return -1;
        }
        b->z.next_in = (Bytef *) bytes;
        b->z.avail_in = take;
        do {
            b->z.next_out = b->out;
            b->z.avail_out = (uInt) WXP_BILL_CHUNK;
            rc = inflate(&b->z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                return wxp_err_set(err, WXP_E_INVALID, "the gzip data is corrupt after %" PRIu64 " compressed bytes: %s",
                                   b->in_bytes + (take - b->z.avail_in),
                                   b->z.msg ? b->z.msg : (rc == Z_MEM_ERROR ? "out of memory" : "zlib error"));
            }
            if (emit(b, b->out, WXP_BILL_CHUNK - b->z.avail_out, err) != 0) {
                return -1;
            }
        } while (rc == Z_OK && (b->z.avail_in > 0 || b->z.avail_out == 0));
        if (rc == Z_BUF_ERROR && b->z.avail_in == take) { /* cannot happen with input and room; never spin */
            return wxp_err_set(err, WXP_E_INVALID, "the gzip decoder made no progress");
        }
        b->in_bytes += take - b->z.avail_in;
        bytes += take - b->z.avail_in;
        len -= take - b->z.avail_in;
        if (rc == Z_STREAM_END) {
            b->member_done = 1;
        }
    }
    return 0;
}

/* Once the first two bytes are known: gzip or plain, and the kept first byte goes through. */
static int decide(wxp_bill *b, wxp_err *err)
{
    b->gzip = b->head_len == 2 && b->head[0] == 0x1f && b->head[1] == 0x8b;
    if (!b->gzip && b->expect_gzip) {
        return wxp_err_set(err, WXP_E_INVALID, "the answer's Content-Type says gzip, but its body does not start "
                                               "with gzip's magic bytes 1f 8b");
    }
    if (b->gzip) {
        return open_inflate(b, err) != 0 || inflate_bytes(b, b->head, b->head_len, err) != 0 ? -1 : 0;
    }
    b->in_bytes += b->head_len;
    return emit(b, b->head, b->head_len, err);
}

int wxp_bill_feed(wxp_bill *b, const void *bytes, size_t len, wxp_err *err)
{
    const unsigned char *p = bytes;

    while (b->gzip < 0 && len > 0) {
        b->head[b->head_len++] = *p++;
        len--;
        if (b->head_len == 2 && decide(b, err) != 0) {
            return -1;
        }
    }
    if (len == 0) {
        return 0;
    }
    if (b->gzip) {
        return inflate_bytes(b, p, len, err);
    }
    b->in_bytes += len;
    return emit(b, p, len, err);
}

int wxp_bill_finish(wxp_bill *b, char *hex, wxp_err *err)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0, i;

    hex[0] = '\0';
    if (b->gzip < 0 && decide(b, err) != 0) { /* a body of 0 or 1 byte */
        return -1;
    }
    if (b->gzip && !b->member_done) {
        return wxp_err_set(err, WXP_E_INVALID, "the gzip data is truncated: it ends after %" PRIu64
                           " compressed bytes (%" PRIu64 " bytes of bill) before its end", b->in_bytes, b->bill_bytes);
    }
    if (EVP_DigestFinal_ex(b->sha1, md, &md_len) != 1 || md_len != 20) {
        wxp_err_set(err, WXP_E_CRYPTO, "SHA-1 failed");
        wxp_err_append_openssl(err);
        return -1;
    }
    for (i = 0; i < md_len; i++) {
        static const char digits[] = "0123456789abcdef";

        hex[2 * i] = digits[md[i] >> 4];
        hex[2 * i + 1] = digits[md[i] & 15];
    }
    hex[2 * md_len] = '\0';
    return 0;
}

void wxp_bill_free(wxp_bill *b)
{
    if (b->z_open) {
        inflateEnd(&b->z);
        b->z_open = 0;
    }
    EVP_MD_CTX_free(b->sha1);
    b->sha1 = NULL;
    free(b->out);
    b->out = NULL;
}

int wxp_bill_sha1_equals(const char *sha1_hex, const char *hex, size_t hex_len)
{
    char lower[WXP_BILL_SHA1_HEX - 1];
    size_t i;
    int valid = hex_len == sizeof(lower);

    /* a fixed amount of work whatever the input: hex is folded to lower case without branching on its bytes */
    for (i = 0; i < sizeof(lower); i++) {
        unsigned char c = i < hex_len ? (unsigned char) hex[i] : 0;

        if (c >= 'A' && c <= 'F') {
            c = (unsigned char) (c + ('a' - 'A'));
        }
        valid &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        lower[i] = (char) c;
    }
    return (CRYPTO_memcmp(lower, sha1_hex, sizeof(lower)) == 0) & valid;
}
