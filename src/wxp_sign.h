/* APIv3 request signing: the signed message, RSA-SHA256 signatures and the Authorization header. */
#ifndef WXP_SIGN_H
#define WXP_SIGN_H

#include <stddef.h>
#include <time.h>
#include <openssl/evp.h>
#include "wxp_buf.h"
#include "wxp_err.h"
#include "wxp_rsa.h"

#define WXP_NONCE_LEN 32
#define WXP_AUTH_SCHEME "WECHATPAY2-SHA256-RSA2048"

/* Who signs: the merchant id, its certificate serial and private key (borrowed, not owned). prepared is
 * optional (NULL: OpenSSL's contexts are set up for each signature): the private key prepared once by its
 * owner for every later signature; it is used only when made for exactly private_key. */
typedef struct wxp_signer {
    const char *mchid;
    const char *serial;
    EVP_PKEY *private_key;
    wxp_rsa_prepared *prepared;
} wxp_signer;

/* Writes WXP_NONCE_LEN random characters of [0-9A-Za-z] plus a NUL into out. Returns 0, or -1 when the
 * random generator failed. */
int wxp_nonce(char out[WXP_NONCE_LEN + 1]);

/* Writes len random characters of [0-9A-Za-z], each equally likely, into out (no NUL is added; len may be 0).
 * Returns 0, or -1 when the random generator failed. */
int wxp_nonce_fill(char *out, size_t len);

/* Appends each of the count pieces (pieces[i], lens[i] bytes, NUL bytes allowed) followed by '\n' to out: the
 * layout of both signed messages. Returns 0, or -1 when memory ran out (out is then unchanged). */
int wxp_join_lines(wxp_buf *out, const char *const *pieces, const size_t *lens, size_t count);

/* Appends the request message `METHOD\nTARGET\nTIMESTAMP\nNONCE\nBODY\n` to out. Returns 0 or -1. */
int wxp_request_message(wxp_buf *out, const char *method, const char *target, size_t target_len,
                        const char *timestamp, const char *nonce, const char *body, size_t body_len);

/* Appends the response message `TIMESTAMP\nNONCE\nBODY\n` to out. Returns 0 or -1. */
int wxp_response_message(wxp_buf *out, const char *timestamp, size_t timestamp_len, const char *nonce,
                         size_t nonce_len, const char *body, size_t body_len);

/* Appends Base64(RSASSA-PKCS1-v1_5(SHA-256(msg))) under key to out. Returns 0 or -1 (WXP_E_CRYPTO). */
int wxp_rsa_sign(EVP_PKEY *key, const void *msg, size_t msg_len, wxp_buf *out, wxp_err *err);

/* Checks a Base64 RSA-SHA256 signature of msg under key. Returns 1 when it verifies, 0 when it does not
 * (including malformed Base64), -1 on an internal error with err set. */
int wxp_rsa_verify(EVP_PKEY *key, const void *msg, size_t msg_len, const char *sig_b64, size_t sig_len,
                   wxp_err *err);

/* Appends the Authorization value `WECHATPAY2-SHA256-RSA2048 mchid="..",serial_no="..",timestamp="..",
 * nonce_str="..",signature=".."` (exactly that field order) to out. Returns 0 or -1. */
int wxp_authorization(wxp_buf *out, const char *mchid, const char *serial, const char *timestamp,
                      const char *nonce, const char *signature);

/* The same as wxp_authorization() over byte runs (NUL bytes allowed): values[0..4] with lens[0..4] are mchid,
 * serial_no, timestamp, nonce_str and signature, in that order. Returns 0 or -1 (out unchanged). */
int wxp_authorization_fields(wxp_buf *out, const char *const values[5], const size_t lens[5]);

/* Returns 1 when value may stand as it is inside a quoted Authorization parameter such as mchid or serial_no:
 * non-empty printable ASCII (0x21-0x7E) without '"', '\' or ',', else 0. */
int wxp_authorization_param_is_safe(const char *value, size_t len);

/* Signs one request at time now: makes a nonce, signs the message over the exact target and body bytes and
 * appends the whole Authorization value to out. Returns 0 or -1 with err set. */
int wxp_sign_request(const wxp_signer *signer, const char *method, const char *target, size_t target_len,
                     const char *body, size_t body_len, time_t now, wxp_buf *out, wxp_err *err);

#endif
