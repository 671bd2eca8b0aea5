/* Bills: wxp_bill over any body, fed in pieces of a size the input picks, must reach what it reaches when fed
 * whole (the same verdict, bytes and SHA-1; a refused body the same bytes up to where either stopped); a body that is not gzip comes out as it went in; every success's
 * hex is the SHA-1 of what came out, and no piece handed on is larger than WXP_BILL_CHUNK. */
#include <openssl/sha.h>
#include "fuzz.h"
#include "wxp_bill.h"

#define OUT_MAX ((size_t) 1 << 20) /* a writer that takes at most this much (inflating can multiply the input) */

typedef struct sink {
    unsigned char *bytes;
    size_t len;
} sink;

static int sink_write(void *user, const void *bytes, size_t len)
{
    sink *s = user;

    FUZZ_ASSERT(len > 0 && len <= WXP_BILL_CHUNK);
    if (len > OUT_MAX - s->len) {
        return -1;
    }
    memcpy(s->bytes + s->len, bytes, len);
    s->len += len;
    return 0;
}

/* Returns 0 (whole, checked), -1 (refused) or -2 (the writer's limit). */
static int run(const unsigned char *body, size_t len, size_t step, int expect_gzip, sink *out, char *hex)
{
    wxp_bill b;
    wxp_err err;
    size_t off = 0;
    int rc = wxp_bill_begin(&b, expect_gzip, sink_write, out, &err);

    FUZZ_ASSERT(rc == 0);
    while (rc == 0 && off < len) {
        size_t n = len - off < step ? len - off : step;

        rc = wxp_bill_feed(&b, body + off, n, &err);
        off += n;
    }
    if (rc == 0) {
        rc = wxp_bill_finish(&b, hex, &err);
    }
    FUZZ_ASSERT(rc == 0 || err.message[0] != '\0');
    rc = b.write_failed ? -2 : rc;
    FUZZ_ASSERT(b.bill_bytes == out->len);
    wxp_bill_free(&b);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static unsigned char *buf_whole, *buf_pieces; /* once per process: still reachable, not a leak */
    sink whole, pieces;
    char hex_whole[WXP_BILL_SHA1_HEX], hex_pieces[WXP_BILL_SHA1_HEX];
    unsigned char md[SHA_DIGEST_LENGTH];
    size_t step;
    int expect_gzip, rc_whole, rc_pieces, gzip, i;

    if (buf_whole == NULL) {
        buf_whole = malloc(OUT_MAX);
        buf_pieces = malloc(OUT_MAX);
        FUZZ_ASSERT(buf_whole && buf_pieces);
    }
    whole.bytes = buf_whole;
    pieces.bytes = buf_pieces;
    whole.len = pieces.len = 0;
    if (size < 1) {
        return 0;
    }
    step = (size_t) (data[0] & 0x7f) + 1;
    expect_gzip = data[0] >> 7;
    data++;
    size--;
    gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;

    rc_whole = run(data, size, size ? size : 1, expect_gzip, &whole, hex_whole);
    rc_pieces = run(data, size, step, expect_gzip, &pieces, hex_pieces);
    if (rc_whole != -2 && rc_pieces != -2) {
        FUZZ_ASSERT(rc_whole == rc_pieces);
    }
    if (rc_whole == 0 && rc_pieces == 0) {
        FUZZ_ASSERT(whole.len == pieces.len && (whole.len == 0 || memcmp(whole.bytes, pieces.bytes, whole.len) == 0));
    } else { /* refused: where it stopped may depend on the pieces, but what came out is the same bill so far */
        size_t common = whole.len < pieces.len ? whole.len : pieces.len;
        FUZZ_ASSERT(common == 0 || memcmp(whole.bytes, pieces.bytes, common) == 0);
    }
    if (rc_whole == 0) {
        FUZZ_ASSERT(strcmp(hex_whole, hex_pieces) == 0 || rc_pieces != 0);
        SHA1(whole.bytes, whole.len, md);
        for (i = 0; i < SHA_DIGEST_LENGTH; i++) {
            char two[3];

            snprintf(two, sizeof(two), "%02x", md[i]);
            FUZZ_ASSERT(hex_whole[2 * i] == two[0] && hex_whole[2 * i + 1] == two[1]);
        }
        FUZZ_ASSERT(wxp_bill_sha1_equals(hex_whole, hex_whole, 40));
    }
    if (!gzip) { /* plain: refused only when labelled gzip, else the very bytes */
        FUZZ_ASSERT(rc_whole == (expect_gzip ? -1 : 0));
        FUZZ_ASSERT(expect_gzip || (whole.len == size && (size == 0 || memcmp(whole.bytes, data, size) == 0)));
    }
    return 0;
}
