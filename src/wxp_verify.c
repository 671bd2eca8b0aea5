/* APIv3 response verification in wechatpay-php's order and with its message texts (the EV3_RES_* formats of
 * WeChatPay\Exception\WeChatPayException, WXP_EV3_RES_* here), stricter where it is lax: a timestamp must be all
 * digits (PHP's intval() reads "1700000000abc" as valid), and WeChat Pay's SIGNTEST probes never pass. */
#include "wxp_verify.h"

#include <stdio.h>
#include <string.h>
#include "wxp_buf.h"
#include "wxp_pct_private.h"
#include "wxp_sign_private.h"

#define WXP_SIGNTEST_PREFIX "WECHATPAY/SIGNTEST/"

/* Returns 1 when the timestamp is 1 to 18 digits (so it fits a long long) within 300 s of now, else 0. */
static int wxp_timestamp_is_fresh(const char *text, size_t len, time_t now)
{
    unsigned long long value = 0, offset;
    long long local = (long long) now;
    size_t i;

    if (len == 0 || len > 18) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return 0;
        }
        value = value * 10 + (unsigned long long) (text[i] - '0');
    }
    /* unsigned subtraction: exact for any local, since value < 2^63 */
    if ((long long) value >= local) {
        offset = value - (unsigned long long) local;
    } else {
        offset = (unsigned long long) local - value;
    }
    return offset <= WXP_MAX_CLOCK_OFFSET;
}

static int wxp_starts_with(const char *text, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);

    return len >= n && memcmp(text, prefix, n) == 0;
}

/* Sets err to code and format with each `%N$s` (N from 1 to count) replaced by args[N - 1], cut at its first NUL
 * as printf's %.*s would cut it and never read as a format itself; the message is cut to fit as wxp_err_set
 * cuts it. Returns -1. */
static int wxp_fail_with(wxp_err *err, wxp_code code, const char *format, const char *const *args,
                         const size_t *lens, size_t count)
{
    size_t at = 0, room = sizeof(err->message) - 1;
    const char *p = format;

    err->code = code;
    while (*p != '\0' && at < room) {
        int slot = p[0] == '%' && p[1] >= '1' && p[1] <= '9' && p[2] == '$' && p[3] == 's' ? p[1] - '1' : -1;
        const char *piece = p, *nul;
        size_t n = 1;

        if (slot >= 0 && (size_t) slot < count) {
            piece = args[slot];
            n = lens[slot];
            if (n > 0 && (nul = memchr(piece, '\0', n)) != NULL) {
                n = (size_t) (nul - piece);
            }
            p += 4;
        } else {
            p++;
        }
        if (n > room - at) {
            n = room - at;
        }
        if (n > 0) {
            memcpy(err->message + at, piece, n);
            at += n;
        }
    }
    err->message[at] = '\0';
    return -1;
}

/* ring may be NULL: then no id is known. */
static int wxp_fail_serial(const wxp_verify_input *in, const wxp_keyring *ring, wxp_err *err)
{
    const char *args[3];
    size_t lens[3];
    wxp_buf known;

    wxp_buf_init(&known);
    if (ring != NULL && wxp_keyring_list(ring, &known) != 0) {
        wxp_buf_free(&known);
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory listing the known platform keys");
    }
    args[0] = in->serial;
    lens[0] = in->serial_len;
    args[1] = "Wechatpay-Serial";
    lens[1] = strlen(args[1]);
    args[2] = wxp_buf_cstr(&known);
    lens[2] = strlen(args[2]);
    wxp_fail_with(err, WXP_E_VERIFY_SERIAL, WXP_EV3_RES_HEADER_PLATFORM_SERIAL, args, lens, 3);
    wxp_buf_free(&known);
    return -1;
}

static int wxp_fail_signature(const wxp_verify_input *in, wxp_err *err)
{
    const char *args[4] = {in->timestamp, in->nonce, in->signature, in->serial};
    size_t lens[4] = {in->timestamp_len, in->nonce_len, in->signature_len, in->serial_len};

    return wxp_fail_with(err, WXP_E_VERIFY_SIGNATURE, WXP_EV3_RES_HEADER_SIGNATURE_DIGEST, args, lens, 4);
}

static int wxp_fail_headers(wxp_err *err)
{
    static const char *const args[4] = {"Wechatpay-Nonce", "Wechatpay-Serial", "Wechatpay-Signature",
                                        "Wechatpay-Timestamp"};
    static const size_t lens[4] = {15, 16, 19, 19};

    return wxp_fail_with(err, WXP_E_VERIFY_HEADERS, WXP_EV3_RES_HEADERS_INCOMPLETE, args, lens, 4);
}

static int wxp_fail_timestamp(const wxp_verify_input *in, time_t now, wxp_err *err)
{
    char window[24], local[24];
    const char *args[3] = {window, in->timestamp, local};
    size_t lens[3];

    lens[0] = (size_t) snprintf(window, sizeof(window), "%d", WXP_MAX_CLOCK_OFFSET);
    lens[1] = in->timestamp_len;
    lens[2] = (size_t) snprintf(local, sizeof(local), "%lld", (long long) now);
    return wxp_fail_with(err, WXP_E_VERIFY_TIMESTAMP, WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET, args, lens, 3);
}

int wxp_verify_response(const wxp_verify_input *in, wxp_keyring *ring, time_t now, wxp_err *err)
{
    wxp_bytes message[6];
    wxp_rsa_prepared *prepared;
    EVP_PKEY *key;
    int verified;

    if (in->nonce == NULL || in->serial == NULL || in->signature == NULL || in->timestamp == NULL) {
        return wxp_fail_headers(err);
    }
    if (!wxp_timestamp_is_fresh(in->timestamp, in->timestamp_len, now)) {
        return wxp_fail_timestamp(in, now, err);
    }
    key = ring != NULL ? wxp_keyring_find(ring, in->serial, in->serial_len) : NULL;
    if (key == NULL) {
        return wxp_fail_serial(in, ring, err);
    }
    /* WeChat Pay's probe callbacks carry such a signature and must be refused, whatever the bytes say */
    if (wxp_starts_with(in->signature, in->signature_len, WXP_SIGNTEST_PREFIX)) {
        return wxp_fail_signature(in, err);
    }

    /* TIMESTAMP\nNONCE\nBODY\n, streamed: the body is never copied */
    message[0].data = in->timestamp;
    message[0].len = in->timestamp_len;
    message[2].data = in->nonce;
    message[2].len = in->nonce_len;
    message[4].data = in->body;
    message[4].len = in->body != NULL ? in->body_len : 0;
    message[1].data = message[3].data = message[5].data = "\n";
    message[1].len = message[3].len = message[5].len = 1;

    /* the key's contexts are set up once, kept with its keyring entry; out of memory falls back to one-shot */
    prepared = wxp_keyring_prepared(ring, in->serial, in->serial_len);
    verified = prepared != NULL ? wxp_rsa_verify_prepared(prepared, message, 6, in->signature, in->signature_len, err)
                                : wxp_rsa_verify_pieces(key, message, 6, in->signature, in->signature_len, err);
    if (verified < 0) {
        return -1;
    }
    return verified == 1 ? 0 : wxp_fail_signature(in, err);
}

/* Longest path segment the unsigned-path check reads (a media id is about 100 characters); longer: verified. */
#define WXP_SEGMENT_MAX 512

static int wxp_hex_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Reads the path segment that starts at *pos into seg, percent-decoded, and moves *pos to the '/' that ends it
 * (or the end). Returns the decoded length, or -1 for anything a plain segment is not: empty, longer than
 * WXP_SEGMENT_MAX, a '%' starting no triplet, a decoded byte outside RFC 3986's unreserved characters (so no
 * '/', '\', '%', ';', control or non-ASCII byte), or a dot segment. */
static int wxp_plain_segment(const char *path, size_t len, size_t *pos, char seg[WXP_SEGMENT_MAX])
{
    size_t i = *pos;
    int n = 0;

    while (i < len && path[i] != '/') {
        int c = (unsigned char) path[i];

        if (c == '%') {
            int hi = len - i >= 3 ? wxp_hex_value(path[i + 1]) : -1, lo = hi >= 0 ? wxp_hex_value(path[i + 2]) : -1;

            if (lo < 0) {
                return -1;
            }
            c = hi * 16 + lo;
            i += 3;
        } else {
            i++;
        }
        if (n == WXP_SEGMENT_MAX || !wxp_pct_is_unreserved((unsigned char) c)) {
            return -1;
        }
        seg[n++] = (char) c;
    }
    *pos = i;
    return n == 0 || wxp_pct_is_dot_segment(seg, (size_t) n) ? -1 : n;
}

static int wxp_segment_is(const char *seg, int len, const char *name)
{
    return (size_t) len == strlen(name) && memcmp(seg, name, (size_t) len) == 0;
}

static int wxp_segment_is_ci(const char *seg, int len, const char *lower)
{
    int i;

    if ((size_t) len != strlen(lower)) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        if ((seg[i] >= 'A' && seg[i] <= 'Z' ? seg[i] - 'A' + 'a' : seg[i]) != lower[i]) {
            return 0;
        }
    }
    return 1;
}

/* Conservative: the path is read as a server that decodes and normalises it would, and only the exact shapes
 * are exempt. Anything else (an encoded '/' or '\', an empty, dot or extra segment, a byte a media id never
 * holds) is verified: a wrong exemption would take an unsigned answer from a signed API as genuine. */
int wxp_verify_is_unsigned_path(const char *path, size_t path_len)
{
    char seg[4][WXP_SEGMENT_MAX];
    int lens[4], count = 0;
    size_t pos = 0;

    if (path_len == 0 || path[0] != '/') {
        return 0;
    }
    while (pos < path_len) {
        pos++; /* the '/' before the segment */
        if (count == 4 || (lens[count] = wxp_plain_segment(path, path_len, &pos, seg[count])) < 0) {
            return 0;
        }
        count++;
    }
    if (count < 3 || !wxp_segment_is(seg[0], lens[0], "v3")) {
        return 0;
    }
    if (count == 3) {
        return wxp_segment_is(seg[1], lens[1], "billdownload") && wxp_segment_is(seg[2], lens[2], "file");
    }
    /* complaint images are downloaded unsigned; uploading one is an ordinary signed JSON call */
    return wxp_segment_is(seg[1], lens[1], "merchant-service") && wxp_segment_is(seg[2], lens[2], "images")
        && !wxp_segment_is_ci(seg[3], lens[3], "upload");
}
