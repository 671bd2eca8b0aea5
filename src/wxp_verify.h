/* APIv3 response verification: the four Wechatpay-* headers, the 300 s window, the serial and the signature. */
#ifndef WXP_VERIFY_H
#define WXP_VERIFY_H

#include <stddef.h>
#include <time.h>
#include "wxp_err.h"
#include "wxp_keys.h"

#define WXP_MAX_CLOCK_OFFSET 300

/* The response facts verification reads; a NULL header means the header was absent. */
typedef struct wxp_verify_input {
    const char *timestamp; size_t timestamp_len;  /* Wechatpay-Timestamp */
    const char *nonce;     size_t nonce_len;      /* Wechatpay-Nonce */
    const char *signature; size_t signature_len;  /* Wechatpay-Signature */
    const char *serial;    size_t serial_len;     /* Wechatpay-Serial */
    const char *body;      size_t body_len;       /* exact body bytes ("" for 204) */
} wxp_verify_input;

/* Verifies a response (or callback) at time now against ring, in wechatpay-php's order: headers complete
 * (WXP_E_VERIFY_HEADERS), |now - timestamp| <= 300 s with a timestamp of digits only
 * (WXP_E_VERIFY_TIMESTAMP), serial present in ring (WXP_E_VERIFY_SERIAL, listing the known ids), RSA-SHA256
 * over `TIMESTAMP\nNONCE\nBODY\n` (WXP_E_VERIFY_SIGNATURE; a `WECHATPAY/SIGNTEST/` signature always fails).
 * Messages follow wechatpay-php's EV3_RES_* formats. The ring keeps each key's verifying context, made on its
 * first use (wxp_keyring_prepared). Returns 0 when it verifies, else -1 with err set. */
int wxp_verify_response(const wxp_verify_input *in, wxp_keyring *ring, time_t now, wxp_err *err);

/* Returns 1 when a response to a request for this URL path is unsigned by design, else 0: the path,
 * percent-decoded, is exactly `/v3/billdownload/file` or `/v3/merchant-service/images/<id>` with <id> one segment
 * of RFC 3986 unreserved characters other than `upload` (any case); anything else, such as encoded slashes
 * or backslashes, empty, dot or extra segments, is verified. */
int wxp_verify_is_unsigned_path(const char *path, size_t path_len);

#endif
