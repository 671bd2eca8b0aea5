/* APIv3 request signing. The hot path (wxp_sign_request) makes no heap allocation of its own: the message
 * is streamed into the digest piece by piece, the signature lands in a stack buffer and its Base64 goes
 * straight into the caller's output. Setting up OpenSSL's contexts (fetching SHA-256, starting the
 * signature operation: ~30k instructions under OpenSSL 3.0) is done once per key when the caller hands in
 * a prepared key (wxp_rsa_prepare) that it owns next to the key itself (a client's private key, a keyring
 * entry); no context is kept in hidden state here. */
#include "wxp_sign.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include "wxp_buf_private.h"
#include "wxp_sign_private.h"

/* Signatures up to RSA-8192 fit on the stack; larger keys fall back to the heap. */
#define WXP_SIG_STACK_MAX 1024

static const char wxp_base62[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

int wxp_nonce_fill(char *out, size_t len)
{
    unsigned char random[WXP_NONCE_LEN + 16];
    size_t filled = 0, used = sizeof(random);

    /* Rejection sampling: 256 is not a multiple of 62, so bytes >= 248 (= 4 * 62) are dropped and every
     * character stays equally likely. */
    while (filled < len) {
        unsigned char byte;

        if (used == sizeof(random)) {
            if (RAND_bytes(random, (int) sizeof(random)) != 1) {
                ERR_clear_error();
                return -1;
            }
            used = 0;
        }
        byte = random[used++];
        if (byte < 248) {
            out[filled++] = wxp_base62[byte % 62];
        }
    }
    OPENSSL_cleanse(random, sizeof(random));
    return 0;
}

int wxp_nonce(char out[WXP_NONCE_LEN + 1])
{
    if (wxp_nonce_fill(out, WXP_NONCE_LEN) != 0) {
        return -1;
    }
    out[WXP_NONCE_LEN] = '\0';
    return 0;
}

int wxp_join_lines(wxp_buf *out, const char *const *pieces, const size_t *lens, size_t count)
{
    size_t i, start = out->len;

    for (i = 0; i < count; i++) {
        if ((lens[i] > 0 && wxp_buf_append(out, pieces[i], lens[i]) != 0) || wxp_buf_append_byte(out, '\n') != 0) {
            wxp_buf_truncate(out, start);
            return -1;
        }
    }
    return 0;
}

static wxp_bytes wxp_bytes_of(const char *data, size_t len)
{
    wxp_bytes b;

    b.data = data;
    b.len = data != NULL ? len : 0;
    return b;
}

/* The signed messages: every piece a line, NULL pieces empty. */
int wxp_request_message(wxp_buf *out, const char *method, const char *target, size_t target_len,
                        const char *timestamp, const char *nonce, const char *body, size_t body_len)
{
    const char *pieces[5];
    size_t lens[5];

    pieces[0] = method;
    lens[0] = method ? strlen(method) : 0;
    pieces[1] = target;
    lens[1] = target ? target_len : 0;
    pieces[2] = timestamp;
    lens[2] = timestamp ? strlen(timestamp) : 0;
    pieces[3] = nonce;
    lens[3] = nonce ? strlen(nonce) : 0;
    pieces[4] = body;
    lens[4] = body ? body_len : 0;
    return wxp_join_lines(out, pieces, lens, 5);
}

int wxp_response_message(wxp_buf *out, const char *timestamp, size_t timestamp_len, const char *nonce,
                         size_t nonce_len, const char *body, size_t body_len)
{
    const char *pieces[3];
    size_t lens[3];

    pieces[0] = timestamp;
    lens[0] = timestamp ? timestamp_len : 0;
    pieces[1] = nonce;
    lens[1] = nonce ? nonce_len : 0;
    pieces[2] = body;
    lens[2] = body ? body_len : 0;
    return wxp_join_lines(out, pieces, lens, 3);
}

/* Appends the Base64 of bytes to out. Chunks of a multiple of 3 bytes encode independently, so a small
 * stack buffer serves any length. */
static int wxp_base64_append(wxp_buf *out, const unsigned char *bytes, size_t len)
{
    enum { CHUNK = 3 * 128 };
    char text[CHUNK / 3 * 4 + 1];

    while (len > 0) {
        size_t n = len < CHUNK ? len : CHUNK;
        int written = EVP_EncodeBlock((unsigned char *) text, bytes, (int) n);

        if (wxp_buf_append(out, text, (size_t) written) != 0) {
            return -1;
        }
        bytes += n;
        len -= n;
    }
    return 0;
}

static int wxp_is_base64_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

/* Checks strict padded Base64 (no whitespace, '=' only as the last one or two characters) and returns the
 * decoded length, or 0 when text is not such Base64. EVP_DecodeBlock itself neither rejects misplaced
 * padding nor subtracts it from its count, hence this check. */
static size_t wxp_base64_decoded_len(const char *text, size_t len)
{
    size_t i, pad = 0;

    if (len == 0 || len % 4 != 0 || len > INT_MAX) {
        return 0;
    }
    if (text[len - 1] == '=') {
        pad = text[len - 2] == '=' ? 2 : 1;
    }
    for (i = 0; i < len - pad; i++) {
        if (!wxp_is_base64_char((unsigned char) text[i])) {
            return 0;
        }
    }
    return len / 4 * 3 - pad;
}

static int wxp_key_is_rsa(EVP_PKEY *key)
{
    return key != NULL && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA;
}

int wxp_rsa_sign_prepared(wxp_rsa_prepared *key, const wxp_bytes *pieces, size_t count, wxp_buf *out, wxp_err *err)
{
    unsigned char stack_sig[WXP_SIG_STACK_MAX], *sig = stack_sig;
    size_t sig_len = wxp_pkey_out_size(wxp_rsa_prepared_key(key)), start = out->len;
    int rc = -1, signed_rc;

    if (!wxp_key_is_rsa(wxp_rsa_prepared_key(key))) {
        return wxp_err_set(err, WXP_E_KEY, "Signing needs an RSA private key");
    }
    if (sig_len > sizeof(stack_sig) && (sig = OPENSSL_malloc(sig_len)) == NULL) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory signing a message");
    }
    signed_rc = wxp_rsa_prepared_sign_pieces(key, pieces, count, sig, &sig_len);
    if (signed_rc != 0) {
        wxp_err_set(err, WXP_E_CRYPTO, signed_rc == WXP_RSA_NO_START ? "RSA-SHA256 signing could not start"
                                                                     : "RSA-SHA256 signing failed");
        wxp_err_append_openssl(err);
    } else if (wxp_base64_append(out, sig, sig_len) != 0) {
        wxp_buf_truncate(out, start);
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory encoding a signature");
    } else {
        rc = 0;
    }
    if (sig != stack_sig) {
        OPENSSL_free(sig);
    }
    return rc;
}

int wxp_rsa_verify_prepared(wxp_rsa_prepared *key, const wxp_bytes *pieces, size_t count, const char *sig_b64,
                            size_t sig_len, wxp_err *err)
{
    unsigned char stack_sig[WXP_SIG_STACK_MAX], *sig = stack_sig;
    size_t raw_len = sig_b64 != NULL ? wxp_base64_decoded_len(sig_b64, sig_len) : 0;
    EVP_PKEY *pkey = wxp_rsa_prepared_key(key);
    int rc = 0;

    if (!wxp_key_is_rsa(pkey)) {
        return wxp_err_set(err, WXP_E_KEY, "Verifying needs an RSA public key");
    }
    /* Not Base64, or longer than any signature of this key: it cannot verify. */
    if (raw_len == 0 || raw_len > (size_t) EVP_PKEY_get_size(pkey)) {
        return 0;
    }
    if (sig_len / 4 * 3 > sizeof(stack_sig) && (sig = OPENSSL_malloc(sig_len / 4 * 3)) == NULL) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory verifying a signature");
    }
    if (EVP_DecodeBlock(sig, (const unsigned char *) sig_b64, (int) sig_len) >= 0) {
        rc = wxp_rsa_prepared_verify_pieces(key, pieces, count, sig, raw_len);
        if (rc < 0) {
            wxp_err_set(err, WXP_E_CRYPTO, rc == WXP_RSA_NO_START ? "RSA-SHA256 verification could not start"
                                                                  : "RSA-SHA256 verification failed");
            wxp_err_append_openssl(err);
            rc = -1;
        }
    }
    ERR_clear_error();
    if (sig != stack_sig) {
        OPENSSL_free(sig);
    }
    return rc;
}

/* The one-shot forms: a key prepared for this one call (the same work EVP_DigestSignInit/VerifyInit did). */
int wxp_rsa_sign_pieces(EVP_PKEY *key, const wxp_bytes *pieces, size_t count, wxp_buf *out, wxp_err *err)
{
    wxp_rsa_prepared *prepared;
    int rc;

    if (!wxp_key_is_rsa(key)) {
        return wxp_err_set(err, WXP_E_KEY, "Signing needs an RSA private key");
    }
    if ((prepared = wxp_rsa_prepare(key)) == NULL) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory signing a message");
    }
    rc = wxp_rsa_sign_prepared(prepared, pieces, count, out, err);
    wxp_rsa_prepared_free(prepared);
    return rc;
}

int wxp_rsa_verify_pieces(EVP_PKEY *key, const wxp_bytes *pieces, size_t count, const char *sig_b64,
                          size_t sig_len, wxp_err *err)
{
    wxp_rsa_prepared *prepared;
    int rc;

    if (!wxp_key_is_rsa(key)) {
        return wxp_err_set(err, WXP_E_KEY, "Verifying needs an RSA public key");
    }
    if ((prepared = wxp_rsa_prepare(key)) == NULL) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory verifying a signature");
    }
    rc = wxp_rsa_verify_prepared(prepared, pieces, count, sig_b64, sig_len, err);
    wxp_rsa_prepared_free(prepared);
    return rc;
}

int wxp_rsa_sign(EVP_PKEY *key, const void *msg, size_t msg_len, wxp_buf *out, wxp_err *err)
{
    wxp_bytes piece;

    piece.data = msg;
    piece.len = msg_len;
    return wxp_rsa_sign_pieces(key, &piece, 1, out, err);
}

int wxp_rsa_verify(EVP_PKEY *key, const void *msg, size_t msg_len, const char *sig_b64, size_t sig_len,
                   wxp_err *err)
{
    wxp_bytes piece;

    piece.data = msg;
    piece.len = msg_len;
    return wxp_rsa_verify_pieces(key, &piece, 1, sig_b64, sig_len, err);
}

int wxp_authorization_fields(wxp_buf *out, const char *const values[5], const size_t lens[5])
{
    static const char *const labels[5] = {
        WXP_AUTH_SCHEME " mchid=\"", "\",serial_no=\"", "\",timestamp=\"", "\",nonce_str=\"", "\",signature=\"",
    };
    size_t i, start = out->len;

    for (i = 0; i < 5; i++) {
        if (wxp_buf_append_str(out, labels[i]) != 0 || (lens[i] > 0 && wxp_buf_append(out, values[i], lens[i]) != 0)) {
            wxp_buf_truncate(out, start);
            return -1;
        }
    }
    if (wxp_buf_append_byte(out, '"') != 0) {
        wxp_buf_truncate(out, start);
        return -1;
    }
    return 0;
}

int wxp_authorization(wxp_buf *out, const char *mchid, const char *serial, const char *timestamp,
                      const char *nonce, const char *signature)
{
    const char *values[5];
    size_t lens[5], i;

    values[0] = mchid;
    values[1] = serial;
    values[2] = timestamp;
    values[3] = nonce;
    values[4] = signature;
    for (i = 0; i < 5; i++) {
        values[i] = values[i] != NULL ? values[i] : "";
        lens[i] = strlen(values[i]);
    }
    return wxp_authorization_fields(out, values, lens);
}

/* The value is quoted as it is: a '"' or '\\' would end or escape the quoting, a control byte would also split
 * the header, bytes outside printable ASCII read differently on each side, and a ',' cuts the value short for
 * the parsers that split the parameters at commas without honouring quotes. */
int wxp_authorization_param_is_safe(const char *value, size_t len)
{
    size_t i;

    if (value == NULL || len == 0) {
        return 0;
    }
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char) value[i];

        if (c < 0x21 || c > 0x7E || c == '"' || c == '\\' || c == ',') {
            return 0;
        }
    }
    return 1;
}

int wxp_sign_request(const wxp_signer *signer, const char *method, const char *target, size_t target_len,
                     const char *body, size_t body_len, time_t now, wxp_buf *out, wxp_err *err)
{
    char nonce[WXP_NONCE_LEN + 1], timestamp[24];
    wxp_bytes lines[10];
    size_t start = out->len;

    if (signer == NULL || signer->mchid == NULL
        || !wxp_authorization_param_is_safe(signer->mchid, strlen(signer->mchid))) {
        return wxp_err_set(err, WXP_E_INVALID,
                           "mchid must be non-empty printable ASCII without spaces, '\"', '\\' or ','");
    }
    if (signer->serial == NULL || !wxp_authorization_param_is_safe(signer->serial, strlen(signer->serial))) {
        return wxp_err_set(err, WXP_E_INVALID,
                           "serial must be non-empty printable ASCII without spaces, '\"', '\\' or ','");
    }
    if (method == NULL || method[0] == '\0') {
        return wxp_err_set(err, WXP_E_INVALID, "The request method is empty");
    }
    if (target == NULL || target_len == 0) {
        return wxp_err_set(err, WXP_E_INVALID, "The request target is empty");
    }
    if (wxp_nonce(nonce) != 0) {
        return wxp_err_set(err, WXP_E_CRYPTO, "The random generator failed making a nonce");
    }
    snprintf(timestamp, sizeof(timestamp), "%lld", (long long) now);

    /* METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n, streamed into the digest without being copied */
    lines[0] = wxp_bytes_of(method, strlen(method));
    lines[2] = wxp_bytes_of(target, target_len);
    lines[4] = wxp_bytes_of(timestamp, strlen(timestamp));
    lines[6] = wxp_bytes_of(nonce, WXP_NONCE_LEN);
    lines[8] = wxp_bytes_of(body, body_len);
    lines[1] = lines[3] = lines[5] = lines[7] = lines[9] = wxp_bytes_of("\n", 1);

    if (wxp_authorization(out, signer->mchid, signer->serial, timestamp, nonce, "") != 0) {
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory building the Authorization header");
    }
    /* the value so far ends with `signature=""`: sign into the gap before the closing quote */
    wxp_buf_truncate(out, out->len - 1);
    /* the prepared form only when it was made for this very key: never a context bound to another key */
    if ((signer->prepared != NULL && wxp_rsa_prepared_key(signer->prepared) == signer->private_key
             ? wxp_rsa_sign_prepared(signer->prepared, lines, 10, out, err)
             : wxp_rsa_sign_pieces(signer->private_key, lines, 10, out, err)) != 0) {
        wxp_buf_truncate(out, start);
        return -1;
    }
    if (wxp_buf_append_byte(out, '"') != 0) {
        wxp_buf_truncate(out, start);
        return wxp_err_set(err, WXP_E_NOMEM, "Out of memory building the Authorization header");
    }
    return 0;
}
