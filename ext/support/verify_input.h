/* The input of a WeChat Pay signature check (src/wxp_verify.h) from header values the Zend layer holds as
 * strings: one way for the getDriver() stack's verifier, Notification and Certificates::download(). */
#ifndef WECHATPAY_VERIFY_INPUT_H
#define WECHATPAY_VERIFY_INPUT_H

#include "php.h"
#include "wxp_verify.h"

/* The four headers a signature comes in, in wxp_verify_input's order of fields (an initializer). */
#define PHP_WECHATPAY_VERIFY_HEADERS {"Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"}
#define PHP_WECHATPAY_VERIFY_HEADER_COUNT 4

/* Fills in from the values of PHP_WECHATPAY_VERIFY_HEADERS (each NULL when absent) and body, all borrowed. */
static zend_always_inline void php_wechatpay_verify_input_from(wxp_verify_input *in,
                                                               zend_string *const values[PHP_WECHATPAY_VERIFY_HEADER_COUNT],
                                                               const zend_string *body)
{
    memset(in, 0, sizeof(*in));
    if (values[0]) { in->timestamp = ZSTR_VAL(values[0]); in->timestamp_len = ZSTR_LEN(values[0]); }
    if (values[1]) { in->nonce = ZSTR_VAL(values[1]); in->nonce_len = ZSTR_LEN(values[1]); }
    if (values[2]) { in->signature = ZSTR_VAL(values[2]); in->signature_len = ZSTR_LEN(values[2]); }
    if (values[3]) { in->serial = ZSTR_VAL(values[3]); in->serial_len = ZSTR_LEN(values[3]); }
    in->body = ZSTR_VAL(body);
    in->body_len = ZSTR_LEN(body);
}

#endif
