/* Base64: wxp_base64_decode_php (vectorised paths included) against a one-character-at-a-time statement of
 * PHP's non-strict base64_decode(), decoding in place against decoding elsewhere, and encode-then-decode
 * giving the bytes back. */
#include "fuzz.h"
#include "wxp_base64.h"

static int sextet(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* PHP: skip every character outside the alphabet, read the rest as 6-bit groups, drop a partial byte. */
static size_t reference_decode(const unsigned char *in, size_t len, unsigned char *out)
{
    unsigned long bits = 0;
    int nbits = 0;
    size_t i, j = 0;

    for (i = 0; i < len; i++) {
        int v = sextet(in[i]);

        if (v < 0) {
            continue;
        }
        bits = (bits << 6) | (unsigned long) v;
        nbits += 6;
        if (nbits >= 8) {
            nbits -= 8;
            out[j++] = (unsigned char) (bits >> nbits);
            bits &= (1UL << nbits) - 1;
        }
    }
    return j;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *want = malloc(size + 1), *got = malloc(WXP_BASE64_DECODED_MAX(size));
    unsigned char *inplace = malloc(WXP_BASE64_DECODED_MAX(size) > size ? WXP_BASE64_DECODED_MAX(size) : size);
    char *text = malloc(WXP_BASE64_ENCODED_LEN(size) + 1);
    unsigned char *back = malloc(WXP_BASE64_DECODED_MAX(WXP_BASE64_ENCODED_LEN(size)));
    size_t want_len, got_len, inplace_len, text_len, back_len, i;

    FUZZ_ASSERT(want && got && inplace && text && back);
    want_len = reference_decode(data, size, want);
    got_len = wxp_base64_decode_php((const char *) data, size, got);
    FUZZ_ASSERT(got_len == want_len && got_len <= WXP_BASE64_DECODED_MAX(size));
    FUZZ_ASSERT(got_len == 0 || memcmp(got, want, got_len) == 0);

    if (size > 0) {
        memcpy(inplace, data, size);
    }
    inplace_len = wxp_base64_decode_php((const char *) inplace, size, inplace);
    FUZZ_ASSERT(inplace_len == want_len && (inplace_len == 0 || memcmp(inplace, want, inplace_len) == 0));

    text_len = wxp_base64_encode(data, size, text);
    FUZZ_ASSERT(text_len == WXP_BASE64_ENCODED_LEN(size) && text[text_len] == '\0');
    for (i = 0; i < text_len; i++) {
        FUZZ_ASSERT(sextet((unsigned char) text[i]) >= 0 || (text[i] == '=' && i + 2 >= text_len));
    }
    back_len = wxp_base64_decode_php(text, text_len, back);
    FUZZ_ASSERT(back_len == size && (size == 0 || memcmp(back, data, size) == 0));

    free(want);
    free(got);
    free(inplace);
    free(text);
    free(back);
    return 0;
}
