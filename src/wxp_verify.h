/* APIv3 response verification: the four Wechatpay-* headers, the 300 s window, the serial and the signature. */
#ifndef WXP_VERIFY_H
#define WXP_VERIFY_H

#include <stddef.h>
#include <time.h>
#include "wxp_err.h"
#include "wxp_keys.h"

#define WXP_MAX_CLOCK_OFFSET 300

/* The messages of the four failures: wechatpay-php's EV3_RES_* sprintf() formats, whose `%N$s` is the N-th
 * argument. The stub's WeChatPay\Exception\WeChatPayException constants take their values from these
 * (@cvalue), and tests/phpt/verify/messages_agree.phpt checks that the stub's own text is the same. */
#define WXP_EV3_RES_HEADERS_INCOMPLETE \
    "The response's Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`)."
#define WXP_EV3_RES_HEADER_TIMESTAMP_OFFSET \
    "It's allowed time offset in \xC2\xB1 %1$s seconds, the response was on %2$s, your's localtime on %3$s."
#define WXP_EV3_RES_HEADER_PLATFORM_SERIAL \
    "Cannot found the serial(`%1$s`)'s configuration, which's from the response(header:%2$s), your's %3$s."
#define WXP_EV3_RES_HEADER_SIGNATURE_DIGEST \
    "Verify the response's data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed."

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
 * Messages are the WXP_EV3_RES_* formats filled in. The ring keeps each key's verifying context, made on its
 * first use (wxp_keyring_prepared). Returns 0 when it verifies, else -1 with err set. */
int wxp_verify_response(const wxp_verify_input *in, wxp_keyring *ring, time_t now, wxp_err *err);

/* Returns 1 when a response to a request for this URL path is unsigned by design, else 0: the path,
 * percent-decoded, is exactly `/v3/billdownload/file` or `/v3/merchant-service/images/<id>` with <id> one segment
 * of RFC 3986 unreserved characters other than `upload` (any case); anything else, such as encoded slashes
 * or backslashes, empty, dot or extra segments, is verified. */
int wxp_verify_is_unsigned_path(const char *path, size_t path_len);

#endif
