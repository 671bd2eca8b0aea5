/* Base64 encoding, and decoding with PHP's non-strict rules. The decoder's fast path takes four alphabet
 * characters at a time; the first '=' or stray character switches it to the general, character-by-character
 * loop, which is where PHP's forgiving rules live. */
#include "wxp_base64.h"

#include <stdint.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* 0..63 for alphabet characters, 0xff for everything else ('=' included). */
static const uint8_t reverse[256] = {
#define X 0xff
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, 62, X, X, X, 63,
    52, 53, 54, 55, 56, 57, 58, 59, 60, 61, X, X, X, X, X, X,
    X, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, X, X, X, X, X,
    X, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
#undef X
};

size_t wxp_base64_encode(const void *bytes, size_t len, char *out)
{
    const unsigned char *in = bytes;
    char *o = out;

    for (; len >= 3; len -= 3, in += 3) {
        uint32_t v = (uint32_t) in[0] << 16 | (uint32_t) in[1] << 8 | in[2];

        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
        *o++ = alphabet[v & 63];
    }
    if (len > 0) {
        uint32_t v = (uint32_t) in[0] << 16 | (len > 1 ? (uint32_t) in[1] << 8 : 0);

        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = len > 1 ? alphabet[(v >> 6) & 63] : '=';
        *o++ = '=';
    }
    *o = '\0';
    return (size_t) (o - out);
}

size_t wxp_base64_decode_php(const char *text, size_t len, void *out)
{
    const unsigned char *in = (const unsigned char *) text, *end = in + len;
    unsigned char *o = out;
    size_t j = 0, group = 0;

    /* Whole groups of four alphabet characters: three bytes each. Every byte is read before any is written,
     * so decoding in place is safe. */
    while (end - in >= 4) {
        uint8_t a = reverse[in[0]], b = reverse[in[1]], c = reverse[in[2]], d = reverse[in[3]];
        uint32_t v;

        if ((a | b | c | d) & 0x80) {
            break;
        }
        v = (uint32_t) a << 18 | (uint32_t) b << 12 | (uint32_t) c << 6 | d;
        o[j] = (unsigned char) (v >> 16);
        o[j + 1] = (unsigned char) (v >> 8);
        o[j + 2] = (unsigned char) v;
        j += 3;
        in += 4;
    }

    /* The rest, one character at a time: skip what is not in the alphabet ('=' included) and keep
     * counting 6-bit groups across the gaps, as PHP does. */
    for (; in < end; in++) {
        uint8_t ch = reverse[*in];

        if (ch & 0x80) {
            continue;
        }
        switch (group & 3) {
        case 0:
            o[j] = (unsigned char) (ch << 2);
            break;
        case 1:
            o[j++] |= ch >> 4;
            o[j] = (unsigned char) ((ch & 0x0f) << 4);
            break;
        case 2:
            o[j++] |= ch >> 2;
            o[j] = (unsigned char) ((ch & 0x03) << 6);
            break;
        default:
            o[j++] |= ch;
            break;
        }
        group++;
    }
    return j;
}
