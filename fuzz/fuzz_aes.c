/* AES, as callbacks and APIv2 refunds reach it: wxp_aes_gcm_decrypt over any IV, associated data, ciphertext
 * and tag lengths (a length out of range is refused, anything else decrypts or fails its tag), GCM and ECB
 * round trips of the input, and a changed byte failing a full tag. */
#include "fuzz.h"
#include "wxp_aes.h"

static const unsigned char key[WXP_AES_KEY_LEN] = "0123456789abcdef0123456789abcdef";

static void check_gcm(fuzz_input *in)
{
    size_t iv_len = fuzz_take_byte(in) % 140, tag_len = fuzz_take_byte(in) % 18, aad_len = fuzz_take_byte(in);
    unsigned char iv[140] = {0}, tag[16] = {0}, *out, *back;
    const char *aad = in->p;
    wxp_err err;
    int rc;

    aad_len = aad_len < in->n ? aad_len : in->n;
    in->p += aad_len;
    in->n -= aad_len;
    memcpy(iv, in->p, in->n < sizeof(iv) ? in->n : sizeof(iv));
    out = malloc(in->n + 1);
    back = malloc(in->n + 1);
    FUZZ_ASSERT(out != NULL && back != NULL);

    /* the input as ciphertext with a zero tag */
    wxp_err_clear(&err);
    rc = wxp_aes_gcm_decrypt(NULL, key, iv, iv_len, aad, aad_len, in->p, in->n, tag, tag_len, out, &err);
    if (iv_len < 1 || iv_len > WXP_AES_GCM_IV_MAX || tag_len < 1 || tag_len > WXP_AES_GCM_TAG_MAX) {
        FUZZ_ASSERT(rc == -1 && err.code == WXP_E_INVALID);
    } else {
        FUZZ_ASSERT(rc == 0 || rc == 1);
        /* the input as plaintext: encrypt, decrypt, and a changed byte fails a full tag */
        FUZZ_ASSERT(wxp_aes_gcm_encrypt(NULL, key, iv, iv_len, aad, aad_len, in->p, in->n, out, tag, tag_len, &err) == 0);
        FUZZ_ASSERT(wxp_aes_gcm_decrypt(NULL, key, iv, iv_len, aad, aad_len, out, in->n, tag, tag_len, back, &err) == 1);
        FUZZ_ASSERT(in->n == 0 || memcmp(back, in->p, in->n) == 0);
        if (in->n > 0 && tag_len == 16) {
            out[in->n / 2] ^= 0x01;
            FUZZ_ASSERT(wxp_aes_gcm_decrypt(NULL, key, iv, iv_len, aad, aad_len, out, in->n, tag, tag_len, back, &err) == 0);
        }
    }
    free(out);
    free(back);
}

static void check_ecb(const fuzz_input *in)
{
    unsigned char *out = malloc(wxp_aes_ecb_padded_len(in->n)), *back = malloc(wxp_aes_ecb_padded_len(in->n));
    size_t out_len = 0, back_len = 0;
    wxp_err err;
    int rc;

    FUZZ_ASSERT(out != NULL && back != NULL);
    wxp_err_clear(&err);
    rc = wxp_aes_ecb_decrypt(key, in->p, in->n, out, &out_len, &err);
    FUZZ_ASSERT(rc == 0 || (rc == 1 && in->n % 16 == 0 && in->n > 0 && out_len < in->n && in->n - out_len <= 16));
    FUZZ_ASSERT(wxp_aes_ecb_encrypt(key, in->p, in->n, out, &out_len, &err) == 0);
    FUZZ_ASSERT(out_len == wxp_aes_ecb_padded_len(in->n));
    FUZZ_ASSERT(wxp_aes_ecb_decrypt(key, out, out_len, back, &back_len, &err) == 1);
    FUZZ_ASSERT(back_len == in->n && (in->n == 0 || memcmp(back, in->p, in->n) == 0));
    free(out);
    free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);

    if (fuzz_take_byte(&in) % 2 == 0) {
        check_gcm(&in);
    } else {
        check_ecb(&in);
    }
    return 0;
}
