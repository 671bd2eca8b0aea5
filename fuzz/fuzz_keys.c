/* PEM keys and certificates: wxp_key_from_pem (both kinds) and wxp_cert_serial_hex over raw text, and over
 * keys and a certificate generated at start-up with byte edits read from the input (no key is committed: a
 * finding's input holds only the edits). A message must never quote the private key's Base64 body. */
#include "fuzz.h"
#include "keygen.h"
#include "wxp_keys.h"

/* Shortest run of a private key's body that, found in a message, counts as a leak. */
#define LEAK_WINDOW 16

static char *pkcs8_pem, *pkcs1_pem, *cert_pem;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    EVP_PKEY *key = keygen_rsa(1024);

    (void) argc;
    (void) argv;
    pkcs8_pem = keygen_pkcs8_pem(key);
    pkcs1_pem = keygen_pkcs1_private_pem(key);
    cert_pem = keygen_cert_pem(key, "5157F09D72ECD7E8B9F1CB26B4A0A1D2E3F40516");
    EVP_PKEY_free(key);
    return 0;
}

/* Fails when message holds LEAK_WINDOW bytes in a row of a body line of secret (a line not starting '-'). */
static void check_no_leak(const char *message, const char *secret)
{
    const char *line = secret;

    while (*line != '\0') {
        size_t len = strcspn(line, "\n"), i;

        for (i = 0; line[0] != '-' && i + LEAK_WINDOW <= len; i++) {
            char window[LEAK_WINDOW + 1];

            memcpy(window, line + i, LEAK_WINDOW);
            window[LEAK_WINDOW] = '\0';
            FUZZ_ASSERT(strstr(message, window) == NULL);
        }
        line += len + (line[len] == '\n');
    }
}

/* A copy of base with edits (2-byte offset, byte) from the input; *len gets its length. */
static char *edited(const char *base, fuzz_input *in, size_t *len)
{
    char *text = fuzz_strndup(base, strlen(base));

    *len = strlen(base);
    while (in->n >= 3) {
        size_t at = ((size_t) fuzz_take_byte(in) << 8 | fuzz_take_byte(in)) % *len;

        text[at] = (char) fuzz_take_byte(in);
    }
    /* a final odd byte cuts the text there */
    if (in->n > 0) {
        *len = (size_t) fuzz_take_byte(in) * *len / 256;
    }
    return text;
}

static void parse_all(const char *text, size_t len, const char *secret)
{
    wxp_buf serial;
    wxp_err err;
    EVP_PKEY *key;

    wxp_err_clear(&err);
    key = wxp_key_from_pem(text, len, WXP_KEY_PRIVATE, &err);
    FUZZ_ASSERT((key == NULL) == (err.code != WXP_OK));
    if (key == NULL) {
        FUZZ_ASSERT(err.code == WXP_E_KEY || err.code == WXP_E_NOMEM);
        if (secret != NULL) {
            check_no_leak(err.message, secret);
        }
    }
    EVP_PKEY_free(key);

    wxp_err_clear(&err);
    key = wxp_key_from_pem(text, len, WXP_KEY_PUBLIC, &err);
    FUZZ_ASSERT((key == NULL) == (err.code != WXP_OK));
    if (key == NULL && secret != NULL) {
        check_no_leak(err.message, secret);
    }
    EVP_PKEY_free(key);

    wxp_err_clear(&err);
    wxp_buf_init(&serial);
    if (wxp_cert_serial_hex(text, len, &serial, &err) == 0) {
        size_t i;

        FUZZ_ASSERT(serial.len > 0);
        for (i = 0; i < serial.len; i++) {
            char c = serial.data[i];

            FUZZ_ASSERT((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c == '-' && i == 0));
        }
    } else if (secret != NULL) {
        check_no_leak(err.message, secret);
    }
    wxp_buf_free(&serial);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = fuzz_input_of(data, size);
    unsigned char mode = fuzz_take_byte(&in) % 4;
    const char *base = mode == 1 ? pkcs8_pem : mode == 2 ? pkcs1_pem : cert_pem;
    char *text;
    size_t len;

    if (mode == 0) {
        parse_all(in.p, in.n, NULL);
        return 0;
    }
    text = edited(base, &in, &len);
    parse_all(text, len, mode == 3 ? NULL : base);
    free(text);
    return 0;
}
