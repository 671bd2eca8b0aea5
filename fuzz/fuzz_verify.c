/* Verify input: wxp_verify_is_unsigned_path over any path (an exempt one must decode to exactly a documented
 * shape); wxp_verify_response over any headers and body (nothing forged verifies), and over a response signed
 * at start-up's key with the input as nonce and body (it verifies, and stops verifying once a byte changes). */
#include "fuzz.h"
#include <strings.h>
#include <time.h>
#include "keygen.h"
#include "wxp_sign.h"
#include "wxp_verify.h"

#define NOW 1700000000

static EVP_PKEY *platform_key;
static wxp_keyring *ring;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    EVP_PKEY *other = keygen_rsa(1024);

    (void) argc;
    (void) argv;
    platform_key = keygen_rsa(1024);
    ring = wxp_keyring_new();
    FUZZ_ASSERT(ring != NULL && wxp_keyring_add(ring, "5157F09D72ECD7E8B9F1CB26B4A0A1D2E3F40516", 40, platform_key) == 0);
    FUZZ_ASSERT(wxp_keyring_add(ring, "PUB_KEY_ID_0114232134912410000000000000", 39, other) == 0);
    EVP_PKEY_free(other);
    return 0;
}

static int is_unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* An exempt path, decoded whole, is `/v3/billdownload/file` or `/v3/merchant-service/images/ID`, ID of
 * unreserved characters, neither a dot segment nor `upload` in any case; and no byte of it came from an encoded
 * '/' (the decoded path has exactly as many '/' as the raw one). */
static void check_exempt_path(const char *path, size_t len)
{
    static const char images[] = "/v3/merchant-service/images/";
    char *decoded = malloc(len + 1);
    size_t i, n = 0, raw_slashes = 0, slashes = 0;

    FUZZ_ASSERT(decoded != NULL);
    for (i = 0; i < len; i++) {
        raw_slashes += path[i] == '/';
        if (path[i] == '%') {
            FUZZ_ASSERT(i + 2 < len && hex(path[i + 1]) >= 0 && hex(path[i + 2]) >= 0);
            decoded[n++] = (char) (hex(path[i + 1]) * 16 + hex(path[i + 2]));
            i += 2;
        } else {
            decoded[n++] = path[i];
        }
    }
    decoded[n] = '\0';
    for (i = 0; i < n; i++) {
        slashes += decoded[i] == '/';
    }
    FUZZ_ASSERT(slashes == raw_slashes);
    if (strcmp(decoded, "/v3/billdownload/file") != 0) {
        const char *id = decoded + sizeof(images) - 1;

        FUZZ_ASSERT(n > sizeof(images) - 1 && memcmp(decoded, images, sizeof(images) - 1) == 0);
        FUZZ_ASSERT(strcmp(id, ".") != 0 && strcmp(id, "..") != 0 && strcasecmp(id, "upload") != 0);
        for (; *id != '\0'; id++) {
            FUZZ_ASSERT(is_unreserved((unsigned char) *id));
        }
    }
    free(decoded);
}

/* Headers and body straight from the input: nothing forged can verify. */
static void check_forged(fuzz_input *in)
{
    const char *f[5] = {0};
    size_t len[5] = {0}, i;
    unsigned char absent = fuzz_take_byte(in);
    wxp_verify_input v;
    wxp_err err;

    for (i = 0; i < 5; i++) {
        fuzz_take_field(in, '\0', &f[i], &len[i]);
    }
    memset(&v, 0, sizeof(v));
    v.timestamp = absent & 1 ? NULL : f[0] ? f[0] : "";
    v.timestamp_len = len[0];
    v.nonce = absent & 2 ? NULL : f[1] ? f[1] : "";
    v.nonce_len = len[1];
    v.signature = absent & 4 ? NULL : f[2] ? f[2] : "";
    v.signature_len = len[2];
    v.serial = absent & 8 ? NULL : f[3] ? f[3] : "";
    v.serial_len = len[3];
    v.body = f[4];
    v.body_len = len[4];
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_verify_response(&v, absent & 16 ? NULL : ring, NOW, &err) == -1);
    FUZZ_ASSERT(err.code >= WXP_E_VERIFY_HEADERS && err.code <= WXP_E_VERIFY_SIGNATURE);
}

/* A genuine response over the input's nonce and body, then the same with one byte of the body changed. */
static void check_genuine(fuzz_input *in)
{
    size_t at = fuzz_take_byte(in);
    unsigned char flip = fuzz_take_byte(in);
    const char *nonce = "";
    size_t nonce_len = 0;
    wxp_buf message, signature;
    wxp_verify_input v;
    wxp_err err;
    char *body;

    fuzz_take_field(in, '\0', &nonce, &nonce_len);
    body = fuzz_strndup(in->p != NULL ? in->p : "", in->n);
    wxp_buf_init(&message);
    wxp_buf_init(&signature);
    wxp_err_clear(&err);
    FUZZ_ASSERT(wxp_response_message(&message, "1700000100", 10, nonce, nonce_len, body, in->n) == 0);
    FUZZ_ASSERT(wxp_rsa_sign(platform_key, message.data, message.len, &signature, &err) == 0);

    memset(&v, 0, sizeof(v));
    v.timestamp = "1700000100";
    v.timestamp_len = 10;
    v.nonce = nonce;
    v.nonce_len = nonce_len;
    v.signature = signature.data;
    v.signature_len = signature.len;
    v.serial = "5157F09D72ECD7E8B9F1CB26B4A0A1D2E3F40516";
    v.serial_len = 40;
    v.body = body;
    v.body_len = in->n;
    FUZZ_ASSERT(wxp_verify_response(&v, ring, NOW, &err) == 0);
    if (in->n > 0 && flip != 0) {
        body[at % in->n] = (char) (body[at % in->n] ^ flip);
        FUZZ_ASSERT(wxp_verify_response(&v, ring, NOW, &err) == -1 && err.code == WXP_E_VERIFY_SIGNATURE);
    }
    wxp_buf_free(&message);
    wxp_buf_free(&signature);
    free(body);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);

    switch (fuzz_take_byte(&in) % 3) {
    case 0:
        if (wxp_verify_is_unsigned_path(in.p, in.n)) {
            check_exempt_path(in.p, in.n);
        }
        break;
    case 1:
        check_forged(&in);
        break;
    default:
        check_genuine(&in);
        break;
    }
    return 0;
}
