/* Error reporting shared by the C core: a code plus a human-readable message naming what is wrong. */
#ifndef WXP_ERR_H
#define WXP_ERR_H

#include <stddef.h>

typedef enum wxp_code {
    WXP_OK = 0,
    WXP_E_NOMEM,            /* allocation failed */
    WXP_E_INVALID,          /* bad input from the caller (template, header, URL, ...) */
    WXP_E_KEY,              /* a key or certificate could not be parsed or used */
    WXP_E_CRYPTO,           /* OpenSSL failed while signing or verifying */
    WXP_E_VERIFY_HEADERS,   /* a response lacks one of the four Wechatpay-* headers */
    WXP_E_VERIFY_TIMESTAMP, /* a response's Wechatpay-Timestamp is more than 300 s off */
    WXP_E_VERIFY_SERIAL,    /* a response's Wechatpay-Serial names no known key */
    WXP_E_VERIFY_SIGNATURE, /* a response's signature does not verify */
    WXP_E_TRANSPORT         /* libcurl failed: refused, DNS, TLS, timeout (see wxp_http_result) */
} wxp_code;

#define WXP_ERR_MESSAGE_SIZE 2048

typedef struct wxp_err {
    wxp_code code;
    char message[WXP_ERR_MESSAGE_SIZE];
} wxp_err;

/* Resets an error to WXP_OK with an empty message. */
void wxp_err_clear(wxp_err *err);

/* Sets code and a printf-formatted message (truncated to fit); returns -1 so callers can `return wxp_err_set(...)`. */
int wxp_err_set(wxp_err *err, wxp_code code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Appends OpenSSL's queued error text (if any) to err's message and clears OpenSSL's error queue. */
void wxp_err_append_openssl(wxp_err *err);

#endif
