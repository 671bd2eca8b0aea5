/* Signing input: wxp_sign_request over any mchid, serial, method, target and body, read back field by field
 * and verified; wxp_rsa_verify's strict Base64 reading of any signature text, and of a real signature with one
 * byte changed (it verifies only when the change decodes to the same bytes). The key is made at start-up. */
#include "fuzz.h"
#include "keygen.h"
#include "wxp_base64.h"
#include "wxp_sign.h"

static EVP_PKEY *key;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void) argc;
    (void) argv;
    key = keygen_rsa(1024);
    return 0;
}

/* Returns the k-th quoted value (0: mchid ... 4: signature) of an Authorization value as a new string, after
 * checking the label before it: no value may hold a '"', so the quotes alone delimit them. */
static char *field(const char *auth, int k)
{
    static const char *const labels[5] = {
        WXP_AUTH_SCHEME " mchid=", ",serial_no=", ",timestamp=", ",nonce_str=", ",signature=",
    };
    const char *at = auth, *end;
    int i;

    for (i = 0; i <= k; i++) {
        end = strchr(at, '"');
        FUZZ_ASSERT(end != NULL && (size_t) (end - at) == strlen(labels[i])
                    && memcmp(at, labels[i], strlen(labels[i])) == 0);
        at = end + 1;
        end = strchr(at, '"');
        FUZZ_ASSERT(end != NULL);
        if (i < k) {
            at = end + 1;
        }
    }
    return fuzz_strndup(at, (size_t) (end - at));
}

static size_t quotes(const char *s)
{
    size_t n = 0;

    for (; *s != '\0'; s++) {
        n += *s == '"';
    }
    return n;
}

/* Signs a request made of the input's fields, then reads the header back and verifies its signature. */
static void check_sign_request(fuzz_input *in)
{
    const char *mchid = "", *serial = "", *method = "", *target = "";
    size_t mchid_len = 0, serial_len = 0, method_len = 0, target_len = 0;
    char *mchid_z, *serial_z, *method_z;
    wxp_signer signer;
    wxp_buf auth, message;
    wxp_err err;

    fuzz_take_field(in, '\0', &mchid, &mchid_len);
    fuzz_take_field(in, '\0', &serial, &serial_len);
    fuzz_take_field(in, '\0', &method, &method_len);
    fuzz_take_field(in, '\0', &target, &target_len);
    signer.mchid = mchid_z = fuzz_strndup(mchid, mchid_len);
    signer.serial = serial_z = fuzz_strndup(serial, serial_len);
    signer.private_key = key;
    signer.prepared = NULL;
    method_z = fuzz_strndup(method, method_len);

    wxp_buf_init(&auth);
    wxp_buf_init(&message);
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_buf_append(&auth, "kept", 4) == 0);
    if (wxp_sign_request(&signer, method_z, target, target_len, in->p, in->n, 1700000000, &auth, &err) != 0) {
        FUZZ_ASSERT(err.code == WXP_E_INVALID && strcmp(wxp_buf_cstr(&auth), "kept") == 0);
    } else {
        const char *value = wxp_buf_cstr(&auth) + 4;
        char *got_mchid = field(value, 0), *got_serial = field(value, 1), *ts = field(value, 2);
        char *nonce = field(value, 3), *sig = field(value, 4);

        FUZZ_ASSERT(strcmp(got_mchid, mchid_z) == 0 && strcmp(got_serial, serial_z) == 0);
        FUZZ_ASSERT(strcmp(ts, "1700000000") == 0 && strlen(nonce) == WXP_NONCE_LEN);
        FUZZ_ASSERT(quotes(value) == 10 && value[strlen(value) - 1] == '"');
        FUZZ_ASSERT(wxp_request_message(&message, method_z, target, target_len, ts, nonce, in->p, in->n) == 0);
        FUZZ_ASSERT(wxp_rsa_verify(key, message.data, message.len, sig, strlen(sig), &err) == 1);
        free(got_mchid);
        free(got_serial);
        free(ts);
        free(nonce);
        free(sig);
    }
    wxp_buf_free(&auth);
    wxp_buf_free(&message);
    free(mchid_z);
    free(serial_z);
    free(method_z);
}

/* Any text as a signature of a fixed message: it can never verify. */
static void check_any_signature(const fuzz_input *in)
{
    wxp_err err;

    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_rsa_verify(key, "message\n", 8, in->p, in->n, &err) == 0 && err.code == WXP_OK);
}

/* A real signature of the input with one byte changed. */
static void check_changed_signature(fuzz_input *in)
{
    size_t at = fuzz_take_byte(in);
    char to = (char) fuzz_take_byte(in);
    unsigned char a[300], b[300];
    wxp_buf sig;
    wxp_err err;
    int rc, unchanged;

    wxp_buf_init(&sig);
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_rsa_sign(key, in->p, in->n, &sig, &err) == 0);
    FUZZ_ASSERT(sig.len == 172 && wxp_rsa_verify(key, in->p, in->n, sig.data, sig.len, &err) == 1);
    at %= sig.len;
    FUZZ_ASSERT(wxp_base64_decode_php(sig.data, sig.len, a) == 128);
    unchanged = sig.data[at] == to;
    sig.data[at] = to;
    rc = wxp_rsa_verify(key, in->p, in->n, sig.data, sig.len, &err);
    FUZZ_ASSERT(rc == (unchanged ? 1 : rc) && (rc == 0 || rc == 1));
    if (rc == 1 && !unchanged) {
        /* only a change of the unused low bits of the last character before the padding */
        FUZZ_ASSERT(to != '=' && wxp_base64_decode_php(sig.data, sig.len, b) == 128 && memcmp(a, b, 128) == 0);
    }
    wxp_buf_free(&sig);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);

    switch (fuzz_take_byte(&in) % 3) {
    case 0:
        check_sign_request(&in);
        break;
    case 1:
        check_any_signature(&in);
        break;
    default:
        check_changed_signature(&in);
        break;
    }
    return 0;
}
