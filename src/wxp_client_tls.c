#include "wxp_client_tls.h"

#include <limits.h>
#include <string.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

/* The passphrase OpenSSL asks for and whether it asked. */
typedef struct pass_state {
    const char *passphrase; /* NULL: none was given */
    int asked;              /* the key is encrypted: OpenSSL called for its passphrase */
} pass_state;

/* OpenSSL's passphrase callback: hands over the passphrase given, never prompts (OpenSSL's default callback,
 * used when there is none, reads a terminal: /dev/tty). Returns its length, or -1 when there is none or it
 * does not fit. */
static int pass_cb(char *buf, int size, int rwflag, void *userdata)
{
    pass_state *state = userdata;
    size_t len;

    (void) rwflag;
    state->asked = 1;
    if (state->passphrase == NULL || size <= 0) {
        return -1;
    }
    len = strlen(state->passphrase);
    if (len > (size_t) size) {
        return -1;
    }
    memcpy(buf, state->passphrase, len);
    return (int) len;
}

/* Whether text holds a PEM line that begins with `-----BEGIN ` and ends a label with `suffix-----`. */
static int has_pem_block(const char *text, size_t len, const char *suffix)
{
    static const char begin[] = "-----BEGIN ";
    size_t suffix_len = strlen(suffix), i;

    for (i = 0; i + sizeof(begin) - 1 <= len; i++) {
        size_t end;

        if (memcmp(text + i, begin, sizeof(begin) - 1) != 0) {
            continue;
        }
        for (end = i + sizeof(begin) - 1; end < len && text[end] != '\n' && text[end] != '\r'; end++) {
        }
        if (end - i >= sizeof(begin) - 1 + suffix_len && memcmp(text + end - suffix_len, suffix, suffix_len) == 0) {
            return 1;
        }
        i = end;
    }
    return 0;
}

/* The first private key (want_key 1) or certificate (0) of PEM text, read as libcurl reads its PEM blobs
 * (PEM_read_bio_PrivateKey, PEM_read_bio_X509_AUX), any passphrase asked of state; NULL when there is none. */
static void *read_pem(const char *pem, size_t len, int want_key, pass_state *state)
{
    BIO *bio = len <= INT_MAX ? BIO_new_mem_buf(len > 0 ? pem : "", (int) len) : NULL;
    void *object = NULL;

    if (bio != NULL) {
        object = want_key ? (void *) PEM_read_bio_PrivateKey(bio, NULL, pass_cb, state)
                          : (void *) PEM_read_bio_X509_AUX(bio, NULL, pass_cb, state);
        BIO_free(bio);
    }
    return object;
}

/* The first certificate, as libcurl reads a PEM CURLOPT_SSLCERT_BLOB. */
static X509 *read_certificate(const char *pem, size_t len, wxp_err *err)
{
    pass_state state = {NULL, 0};
    X509 *cert = read_pem(pem, len, 0, &state);

    if (cert != NULL) {
        ERR_clear_error();
        return cert;
    }
    if (has_pem_block(pem, len, "CERTIFICATE-----")) {
        wxp_err_set(err, WXP_E_KEY, "holds a PEM certificate that cannot be read");
        wxp_err_append_openssl(err);
        return NULL;
    }
    ERR_clear_error();
    if (has_pem_block(pem, len, "PRIVATE KEY-----")) {
        wxp_err_set(err, WXP_E_KEY, "holds a private key, not a certificate (are the certificate and the key swapped?)");
    } else {
        wxp_err_set(err, WXP_E_KEY, "is not a PEM certificate (no -----BEGIN CERTIFICATE----- block)");
    }
    return NULL;
}

/* The private key, as libcurl reads a PEM CURLOPT_SSLKEY_BLOB. No OpenSSL reason is added to a key's
 * messages: they say enough, and nothing of the key can slip in. */
static EVP_PKEY *read_private_key(const char *pem, size_t len, const char *passphrase, wxp_err *err)
{
    pass_state state = {passphrase, 0};
    EVP_PKEY *key = read_pem(pem, len, 1, &state);

    ERR_clear_error();
    if (key != NULL) {
        return key;
    }
    if (state.asked && passphrase == NULL) {
        wxp_err_set(err, WXP_E_KEY, "is an encrypted private key and no passphrase was given");
    } else if (state.asked) {
        wxp_err_set(err, WXP_E_KEY, "cannot be decrypted with the passphrase given");
    } else if (has_pem_block(pem, len, "PRIVATE KEY-----")) {
        wxp_err_set(err, WXP_E_KEY, "holds a PEM private key that cannot be read");
    } else if (has_pem_block(pem, len, "CERTIFICATE-----")) {
        wxp_err_set(err, WXP_E_KEY, "holds a certificate, not a private key (are the certificate and the key swapped?)");
    } else {
        wxp_err_set(err, WXP_E_KEY, "is not a PEM private key (no -----BEGIN PRIVATE KEY----- block)");
    }
    return NULL;
}

wxp_client_tls_fault wxp_client_tls_check(const char *cert_pem, size_t cert_len, const char *key_pem, size_t key_len,
                                          const char *passphrase, wxp_err *err)
{
    wxp_client_tls_fault fault = WXP_CLIENT_TLS_OK;
    X509 *cert = read_certificate(cert_pem, cert_len, err);
    EVP_PKEY *key;

    if (cert == NULL) {
        return WXP_CLIENT_TLS_CERT;
    }
    key = read_private_key(key_pem, key_len, passphrase, err);
    if (key == NULL) {
        fault = WXP_CLIENT_TLS_KEY;
    } else if (X509_check_private_key(cert, key) != 1) {
        wxp_err_set(err, WXP_E_KEY, "is not the private key of the certificate (their public keys differ)");
        fault = WXP_CLIENT_TLS_PAIR;
    }
    ERR_clear_error();
    EVP_PKEY_free(key);
    X509_free(cert);
    return fault;
}
