/* Base64 encoding, and decoding with PHP's non-strict rules. The decoder's fast path takes groups of four
 * alphabet characters through four pre-shifted lookup tables; the first '=' or stray character switches it
 * to the general, character-by-character loop, which is where PHP's forgiving rules live. */
#include "wxp_base64.h"

#include <stdint.h>
#include <string.h>

/* Byte swap (compilers turn this into one instruction). */
static inline uint64_t swap64(uint64_t v)
{
    v = ((v & 0x00ff00ff00ff00ffULL) << 8) | ((v >> 8) & 0x00ff00ff00ff00ffULL);
    v = ((v & 0x0000ffff0000ffffULL) << 16) | ((v >> 16) & 0x0000ffff0000ffffULL);
    return (v << 32) | (v >> 32);
}

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The value (0..63) of every byte in the alphabet, X for every other byte ('=' included), as one list that
 * the tables below are made from. */
#define WXP_B64_VALUES(F, X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(62) F(X) F(X) F(X) F(63) \
    F(52) F(53) F(54) F(55) F(56) F(57) F(58) F(59) F(60) F(61) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11) F(12) F(13) F(14) \
    F(15) F(16) F(17) F(18) F(19) F(20) F(21) F(22) F(23) F(24) F(25) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(26) F(27) F(28) F(29) F(30) F(31) F(32) F(33) F(34) F(35) F(36) F(37) F(38) F(39) F(40) \
    F(41) F(42) F(43) F(44) F(45) F(46) F(47) F(48) F(49) F(50) F(51) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) \
    F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X) F(X)

#define WXP_B64_STRAY 0x01000000u
#define R(v) v,
#define D0(v) ((uint32_t) (v) << 18),
#define D1(v) ((uint32_t) (v) << 12),
#define D2(v) ((uint32_t) (v) << 6),
#define D3(v) ((uint32_t) (v)),

/* 0..63 for alphabet bytes, 0xff for the rest. */
static const uint8_t reverse[256] = {WXP_B64_VALUES(R, 0xff)};

/* The values pre-shifted to their place in a 24-bit group (d0 for a group's first character, d3 for its
 * last), and WXP_B64_STRAY (bit 24) for every other byte, so that one OR of four lookups both assembles a
 * group and flags a stray character. */
static const uint32_t d0[256] = {WXP_B64_VALUES(D0, WXP_B64_STRAY >> 18)};
static const uint32_t d1[256] = {WXP_B64_VALUES(D1, WXP_B64_STRAY >> 12)};
static const uint32_t d2[256] = {WXP_B64_VALUES(D2, WXP_B64_STRAY >> 6)};
static const uint32_t d3[256] = {WXP_B64_VALUES(D3, WXP_B64_STRAY)};

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

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WXP_B64_SSSE3 1
#include <tmmintrin.h>

/* Sixteen characters at a time with SSSE3, by the nibble-lookup technique of W. Muła and D. Lemire ("Faster
 * Base64 encoding and decoding using AVX2 instructions", 2018): two 16-entry tables indexed by each byte's
 * high and low nibble flag every byte outside the alphabet ('=' included) in one AND; a third gives the
 * offset that turns an alphabet byte into its value; two multiply-adds and a shuffle pack sixteen values into
 * twelve bytes. Stops at the first block holding a byte outside the alphabet, leaving it to the general loop.
 * Writes sixteen bytes per block (twelve decoded), so it runs while at least 20 characters remain, which keeps
 * the extra four inside WXP_BASE64_DECODED_MAX; every block is loaded before its bytes are stored, and the
 * output never passes the input, so decoding in place stays safe. Returns the characters consumed; *j is
 * advanced by the bytes decoded. */
__attribute__((target("ssse3"))) static size_t decode_ssse3(const unsigned char *in, size_t len, unsigned char *o,
                                                             size_t *j)
{
    const __m128i lut_lo = _mm_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1a,
                                         0x1b, 0x1b, 0x1b, 0x1a);
    const __m128i lut_hi = _mm_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
                                         0x10, 0x10, 0x10, 0x10);
    const __m128i lut_roll = _mm_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m128i mask_2f = _mm_set1_epi8(0x2f);
    const __m128i pack = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    size_t done = 0;

    while (len - done >= 20) {
        __m128i str = _mm_loadu_si128((const __m128i *) (in + done));
        __m128i hi_nibbles = _mm_and_si128(_mm_srli_epi32(str, 4), mask_2f);
        __m128i lo_nibbles = _mm_and_si128(str, mask_2f);
        __m128i hi = _mm_shuffle_epi8(lut_hi, hi_nibbles);
        __m128i lo = _mm_shuffle_epi8(lut_lo, lo_nibbles);
        __m128i roll, merged;

        if (_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_and_si128(lo, hi), _mm_setzero_si128())) != 0) {
            break;
        }
        roll = _mm_shuffle_epi8(lut_roll, _mm_add_epi8(_mm_cmpeq_epi8(str, mask_2f), hi_nibbles));
        str = _mm_add_epi8(str, roll);
        /* 00aaaaaa 00bbbbbb 00cccccc 00dddddd -> aaaaaabb bbbbcccc ccdddddd, per group of four */
        merged = _mm_maddubs_epi16(str, _mm_set1_epi32(0x01400140));
        merged = _mm_madd_epi16(merged, _mm_set1_epi32(0x00011000));
        _mm_storeu_si128((__m128i *) (o + *j), _mm_shuffle_epi8(merged, pack));
        *j += 12;
        done += 16;
    }
    return done;
}
#endif

size_t wxp_base64_decode_php(const char *text, size_t len, void *out)
{
    const unsigned char *in = (const unsigned char *) text, *end = in + len;
    unsigned char *o = out;
    size_t j = 0, group = 0;

#ifdef WXP_B64_SSSE3
    if (__builtin_cpu_supports("ssse3")) {
        in += decode_ssse3(in, len, o, &j);
    }
#endif
    /* Whole groups of four alphabet characters, eight characters (one load) at a time, then one group at a
     * time: three bytes per group. The eight bytes written per step hold six decoded ones; the two after
     * them are rewritten by the next step or lie in the slack WXP_BASE64_DECODED_MAX leaves, and every
     * input byte of a step is read before anything is written, so decoding in place stays safe. */
    while (end - in >= 8) {
        uint64_t chars, bytes;
        uint32_t x, y;

        memcpy(&chars, in, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        chars = swap64(chars);
#endif
        x = d0[chars & 0xff] | d1[(chars >> 8) & 0xff] | d2[(chars >> 16) & 0xff] | d3[(chars >> 24) & 0xff];
        y = d0[(chars >> 32) & 0xff] | d1[(chars >> 40) & 0xff] | d2[(chars >> 48) & 0xff] | d3[chars >> 56];
        if ((x | y) & WXP_B64_STRAY) {
            break;
        }
        /* x then y, most significant byte first, in the first six of eight bytes. */
        bytes = ((uint64_t) x << 40) | ((uint64_t) y << 16);
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        bytes = swap64(bytes);
#endif
        memcpy(o + j, &bytes, 8);
        j += 6;
        in += 8;
    }
    while (end - in >= 4) {
        uint32_t x = d0[in[0]] | d1[in[1]] | d2[in[2]] | d3[in[3]];

        if (x & WXP_B64_STRAY) {
            break;
        }
        o[j] = (unsigned char) (x >> 16);
        o[j + 1] = (unsigned char) (x >> 8);
        o[j + 2] = (unsigned char) x;
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
