/* The Crypto\Rsa helper's parsers: wxp_pkey_read_public and wxp_pkey_read_private over any key text (what
 * PHP's openssl functions would read), and wxp_rsa_pkcs1_to_spki over any bytes: its DER header must describe
 * exactly what it wrote, and a valid PKCS#1 public key must come out as the same key in SPKI. */
#include "fuzz.h"
#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/x509.h>
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] % 2 == 0) {
        check_readers((const char *) data + 1, size - 1);
    } else {
        check_spki(data + (size > 0), size - (size > 0));
    }
    return 0;
}
