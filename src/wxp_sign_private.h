/* Signing and verifying a message given as several pieces, so that no caller has to copy a body into one
 * contiguous message first (private to the core: wxp_sign.c defines, wxp_verify.c uses). */
#ifndef WXP_SIGN_PRIVATE_H
#define WXP_SIGN_PRIVATE_H

#include <stddef.h>
#include <openssl/evp.h>
#include "wxp_buf.h"
#include "wxp_err.h"
#include "wxp_rsa.h"

/* Appends Base64(RSASSA-PKCS1-v1_5(SHA-256(piece 0 || piece 1 || ...))) under key to out. Returns 0, or -1
 * with err set (WXP_E_KEY for a missing or non-RSA key, WXP_E_CRYPTO, WXP_E_NOMEM); out is then unchanged. */
int wxp_rsa_sign_pieces(EVP_PKEY *key, const wxp_bytes *pieces, size_t count, wxp_buf *out, wxp_err *err);

/* Checks a Base64 RSA-SHA256 signature of the concatenated pieces under key: 1 verifies, 0 does not
 * (malformed Base64 included), -1 on an internal error with err set. */
int wxp_rsa_verify_pieces(EVP_PKEY *key, const wxp_bytes *pieces, size_t count, const char *sig_b64,
                          size_t sig_len, wxp_err *err);

/* wxp_rsa_sign_pieces() with a key prepared once (wxp_rsa_prepare) and reused across calls: the same bytes
 * and errors without setting up OpenSSL's contexts again. */
int wxp_rsa_sign_prepared(wxp_rsa_prepared *key, const wxp_bytes *pieces, size_t count, wxp_buf *out, wxp_err *err);

/* wxp_rsa_verify_pieces() with a key prepared once and reused across calls: the same results and errors. */
int wxp_rsa_verify_prepared(wxp_rsa_prepared *key, const wxp_bytes *pieces, size_t count, const char *sig_b64,
                            size_t sig_len, wxp_err *err);

#endif
