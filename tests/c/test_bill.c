/* wxp_bill: a bill fed in any pieces comes out whole (gunzipped when gzip) in pieces of at most 64 KiB, with
 * the SHA-1 of the uncompressed bill; truncated, corrupt or mislabelled gzip and a failing writer are errors. */
#include <stdint.h>
#include <stdlib.h>
#include <zlib.h>
#include "unit.h"
#include "wxp_bill.h"

/* What the writer got. */
typedef struct sink {
    unsigned char *bytes;
    size_t len, cap, biggest;
    size_t fail_after; /* refuse once this many bytes are in (0: never) */
} sink;

static int sink_write(void *user, const void *bytes, size_t len)
{
    sink *s = user;

    if (s->fail_after && s->len + len > s->fail_after) {
        return -1;
    }
    if (s->len + len > s->cap) {
        s->cap = (s->len + len) * 2;
        s->bytes = realloc(s->bytes, s->cap);
    }
    memcpy(s->bytes + s->len, bytes, len);
    s->len += len;
    s->biggest = len > s->biggest ? len : s->biggest;
    return 0;
}

/* Feeds body in pieces of step bytes (the last shorter); returns what finish returned. */
static int run(const unsigned char *body, size_t len, size_t step, int expect_gzip, sink *out, char *hex, wxp_err *err)
{
    wxp_bill b;
    size_t off = 0;
    int rc = wxp_bill_begin(&b, expect_gzip, sink_write, out, err);

    while (rc == 0 && off < len) {
        size_t n = len - off < step ? len - off : step;
        rc = wxp_bill_feed(&b, body + off, n, err);
        off += n;
    }
    if (rc == 0) {
        rc = wxp_bill_finish(&b, hex, err);
    }
    if (b.write_failed) {
        rc = -2;
    }
    wxp_bill_free(&b);
    return rc;
}

/* gzip of bytes (one member). */
static unsigned char *gzip(const unsigned char *bytes, size_t len, size_t *out_len)
{
    z_stream z;
    size_t cap = compressBound(len) + 64;
    unsigned char *out = malloc(cap);

    memset(&z, 0, sizeof(z));
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *) bytes;
    z.avail_in = (uInt) len;
    z.next_out = out;
    z.avail_out = (uInt) cap;
    deflate(&z, Z_FINISH);
    *out_len = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

int main(void)
{
    size_t big_len = 3 * 1024 * 1024 + 17, gz_len, gz2_len, i;
    unsigned char *big = malloc(big_len), *gz, *two;
    char hex[WXP_BILL_SHA1_HEX], plain_hex[WXP_BILL_SHA1_HEX];
    sink s;
    wxp_err err;
    uint32_t x = 1;

    /* a bill-like text: compressible, but not trivially */
    for (i = 0; i < big_len; i++) {
        x = x * 1103515245u + 12345u;
        big[i] = (unsigned char) ("0123456789,`\r\nabcdef"[(x >> 16) % 20]);
    }

    /* plain: known digests, the first byte kept until the second decides */
    memset(&s, 0, sizeof(s));
    CHECK(run((const unsigned char *) "abc", 3, 1, 0, &s, hex, &err) == 0);
    CHECK_STR(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(s.len == 3 && memcmp(s.bytes, "abc", 3) == 0);
    free(s.bytes);
    memset(&s, 0, sizeof(s));
    CHECK(run((const unsigned char *) "", 0, 1, 0, &s, hex, &err) == 0);
    CHECK_STR(hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(s.len == 0);
    memset(&s, 0, sizeof(s));
    CHECK(run((const unsigned char *) "\x1f", 1, 1, 0, &s, hex, &err) == 0 && s.len == 1 && s.bytes[0] == 0x1f);
    free(s.bytes);

    /* a large plain bill in several piece sizes: the same bytes and digest each time */
    memset(&s, 0, sizeof(s));
    CHECK(run(big, big_len, 1 << 20, 0, &s, plain_hex, &err) == 0);
    CHECK(s.len == big_len && memcmp(s.bytes, big, big_len) == 0);
    free(s.bytes);

    /* the same bill gzipped: fed in odd pieces, byte by byte, and whole */
    gz = gzip(big, big_len, &gz_len);
    CHECK(gz_len < big_len * 2 / 3);
    {
        size_t steps[] = {1, 7, 65536, gz_len};
        for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
            memset(&s, 0, sizeof(s));
            CHECK(run(gz, gz_len, steps[i], 1, &s, hex, &err) == 0);
            CHECK_STR(hex, plain_hex);
            CHECK(s.len == big_len && memcmp(s.bytes, big, big_len) == 0);
            CHECK(s.biggest <= WXP_BILL_CHUNK);
            free(s.bytes);
        }
    }

    /* truncated anywhere: in the trailer, in the data, after the header */
    {
        size_t cuts[] = {1, 4, 8, gz_len / 2, gz_len - 12};
        for (i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
            memset(&s, 0, sizeof(s));
            CHECK(run(gz, gz_len - cuts[i], 4096, 0, &s, hex, &err) == -1);
            CHECK(strstr(err.message, "truncated") != NULL);
            CHECK(hex[0] == '\0');
            free(s.bytes);
        }
    }

    /* a changed byte in the data or the CRC: corrupt */
    gz[gz_len - 6] ^= 0x01;
    memset(&s, 0, sizeof(s));
    CHECK(run(gz, gz_len, 4096, 0, &s, hex, &err) == -1 && strstr(err.message, "corrupt") != NULL);
    free(s.bytes);
    gz[gz_len - 6] ^= 0x01;

    /* two members, as gzip -d reads them; junk after a member is refused */
    two = gzip((const unsigned char *) "second\n", 7, &gz2_len);
    gz = realloc(gz, gz_len + gz2_len + 4);
    memcpy(gz + gz_len, two, gz2_len);
    memset(&s, 0, sizeof(s));
    CHECK(run(gz, gz_len + gz2_len, 1000, 0, &s, hex, &err) == 0);
    CHECK(s.len == big_len + 7 && memcmp(s.bytes + big_len, "second\n", 7) == 0);
    free(s.bytes);
    memcpy(gz + gz_len, "JUNK", 4);
    memset(&s, 0, sizeof(s));
    CHECK(run(gz, gz_len + 4, 1000, 0, &s, hex, &err) == -1 && strstr(err.message, "corrupt") != NULL);
    free(s.bytes);

    /* Content-Type says gzip, the body is not */
    memset(&s, 0, sizeof(s));
    CHECK(run((const unsigned char *) "a,b\r\n", 5, 5, 1, &s, hex, &err) == -1 && strstr(err.message, "magic") != NULL);
    CHECK(s.len == 0);

    /* a writer that gives up: reported as such */
    memset(&s, 0, sizeof(s));
    s.fail_after = 100000;
    CHECK(run(gz, gz_len, 65536, 0, &s, hex, &err) == -2);
    CHECK(s.len <= 100000);
    free(s.bytes);

    /* the comparison: any case, exactly 40 hex digits */
    CHECK(wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89d", 40));
    CHECK(wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "A9993E364706816ABA3E25717850C26C9CD0D89D", 40));
    CHECK(!wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89e", 40));
    CHECK(!wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89", 39));
    CHECK(!wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d89dd", 41));
    CHECK(!wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "", 0));
    CHECK(!wxp_bill_sha1_equals("a9993e364706816aba3e25717850c26c9cd0d89d", "a9993e364706816aba3e25717850c26c9cd0d8 d", 40));

    free(two);
    free(gz);
    free(big);
    return UNIT_DONE();
}
