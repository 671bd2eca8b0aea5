/* The Crypto\Rsa helper's parsers: wxp_pkey_read_public and wxp_pkey_read_private over any key text (what
 * PHP's openssl functions would read), wxp_rsa_pkcs1_to_spki over any bytes: its DER header must describe
 * exactly what it wrote, and a valid PKCS#1 public key must come out as the same key in SPKI; and the
 * package's key text handling (wxp_pem): wordwrap keeps every byte but spaces and line breaks and makes no
 * line longer than its width, and parse rewrites a text into a whole PEM envelope or a `public.pkcs1://`
 * string, the same way every time. */
#include "fuzz.h"
#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include "wxp_pem.h"
#include "wxp_rsa.h"

static void check_readers(const char *text, size_t len)
{
    wxp_pkey_source src;
    wxp_err err;
    EVP_PKEY *key;

    src.data = text;
    src.len = len;
    src.is_file = 0;
    wxp_err_clear(&err);
    key = wxp_pkey_read_public(&src, &err);
    FUZZ_ASSERT((key == NULL) == (err.code != WXP_OK));
    EVP_PKEY_free(key);
    wxp_err_clear(&err);
    key = wxp_pkey_read_private(&src, NULL, 0, &err);
    FUZZ_ASSERT((key == NULL) == (err.code != WXP_OK));
    EVP_PKEY_free(key);
    FUZZ_ASSERT(ERR_peek_error() == 0);
}

static void check_spki(const unsigned char *pkcs1, size_t len)
{
    const unsigned char *p;
    long content_len;
    int tag, xclass;
    wxp_buf out;
    EVP_PKEY *want, *got;

    wxp_buf_init(&out);
    FUZZ_ASSERT(wxp_rsa_pkcs1_to_spki(pkcs1, len, &out) == 0);
    p = (const unsigned char *) out.data;
    FUZZ_ASSERT(!(ASN1_get_object(&p, &content_len, &tag, &xclass, (long) out.len) & 0x80));
    FUZZ_ASSERT(tag == V_ASN1_SEQUENCE && (size_t) (p - (const unsigned char *) out.data) + (size_t) content_len == out.len);

    p = pkcs1;
    want = d2i_PublicKey(EVP_PKEY_RSA, NULL, &p, (long) len);
    if (want != NULL && p == pkcs1 + len) {
        p = (const unsigned char *) out.data;
        got = d2i_PUBKEY(NULL, &p, (long) out.len);
        FUZZ_ASSERT(got != NULL && EVP_PKEY_eq(got, want) == 1);
        EVP_PKEY_free(got);
    }
    EVP_PKEY_free(want);
    ERR_clear_error();
    wxp_buf_free(&out);
}

/* The bytes of text other than spaces and line breaks, which wordwrap may turn into one another or add. */
static size_t without_breaks(const char *text, size_t len, char *out)
{
    size_t i, n = 0;

    for (i = 0; i < len; i++) {
        if (text[i] != ' ' && text[i] != '\n') {
            out[n++] = text[i];
        }
    }
    return n;
}

static void check_wordwrap(const char *text, size_t len, size_t width)
{
    char *want = malloc(len + 1), *got;
    size_t want_len = without_breaks(text, len, want), got_len, line = 0, i;
    wxp_buf out;

    wxp_buf_init(&out);
    FUZZ_ASSERT(want != NULL && wxp_pem_wordwrap(text, len, width, &out) == 0 && out.len >= len);
    got = malloc(out.len + 1);
    FUZZ_ASSERT(got != NULL);
    got_len = without_breaks(wxp_buf_cstr(&out), out.len, got);
    FUZZ_ASSERT(got_len == want_len && memcmp(got, want, got_len) == 0);
    for (i = 0; i < out.len; i++) {
        line = out.data[i] == '\n' ? 0 : line + 1;
        FUZZ_ASSERT(line <= width);
    }
    free(got);
    free(want);
    wxp_buf_free(&out);
}

static void check_parse(const char *text, size_t len, int is_public)
{
    static const char begin[] = "-----BEGIN ", tail[] = " KEY-----", pkcs1[] = "public.pkcs1://";
    wxp_buf out, again;
    int rc;

    wxp_buf_init(&out);
    wxp_buf_init(&again);
    rc = wxp_pem_parse_key_text(text, len, is_public, &out);
    FUZZ_ASSERT(rc == 0 || rc == 1);
    FUZZ_ASSERT(rc == 1 || out.len == 0);
    /* a pseudo-scheme of the text itself always becomes PEM */
    FUZZ_ASSERT(wxp_pem_pseudo_scheme(text, len) == NULL || rc == 1);
    if (rc == 1 && out.len >= sizeof(begin) - 1 && memcmp(out.data, begin, sizeof(begin) - 1) == 0) {
        FUZZ_ASSERT(out.len >= sizeof(tail) - 1 && memcmp(out.data + out.len - (sizeof(tail) - 1), tail, sizeof(tail) - 1) == 0);
    } else if (rc == 1) {
        /* only a PKCS#1 public PEM rewritten into a pseudo-scheme that parse_url() refuses stays text */
        FUZZ_ASSERT(is_public && out.len >= sizeof(pkcs1) - 1 && memcmp(out.data, pkcs1, sizeof(pkcs1) - 1) == 0);
        FUZZ_ASSERT(wxp_pem_pseudo_scheme(out.data, out.len) == NULL);
    }
    FUZZ_ASSERT(wxp_pem_parse_key_text(text, len, is_public, &again) == rc && again.len == out.len
                && (out.len == 0 || memcmp(again.data, out.data, out.len) == 0));
    wxp_buf_free(&again);
    wxp_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 && data[0] % 4 == 3) {
        /* the key text handling: the second byte picks the direction and a wrap width of 1 to 128 */
        check_parse((const char *) data + 2, size - 2, data[1] & 1);
        check_wordwrap((const char *) data + 2, size - 2, (size_t) (data[1] >> 1) + 1);
    } else if (size > 0 && data[0] % 2 == 0) {
        check_readers((const char *) data + 1, size - 1);
    } else {
        check_spki(data + (size > 0), size - (size > 0));
    }
    return 0;
}
