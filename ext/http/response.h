/* WeChatPay\Http\AbstractResponse and AbstractStream: immutable PSR-7 response and read-only body objects. */
#ifndef WECHATPAY_RESPONSE_H
#define WECHATPAY_RESPONSE_H

#include "php.h"
#include "wxp_headers.h"
#include "wxp_http.h"

/* Sets the object handlers of both classes; called once from MINIT. */
zend_result php_wechatpay_response_minit(INIT_FUNC_ARGS);

/* Makes a WeChatPay\Http\Response (the request's PSR-7 bridge class) in out from a received response:
 * status, protocol version ("1.1"), reason phrase, header fields in arrival order, exact body bytes.
 * Returns SUCCESS, or FAILURE with an exception thrown (the bridge class could not be declared). */
zend_result php_wechatpay_response_create(zval *out, int status, const char *version, const char *reason,
                                          const wxp_header_list *headers, const char *body, size_t body_len);

/* Replaces the body of one of our response objects, a freshly made one, with body (a StreamInterface; copied):
 * a sink's body. */
void php_wechatpay_response_set_body(zval *response, zval *body);

/* Records on one of our response objects how the transfer went (getTransferInfo()): its times and peer. */
void php_wechatpay_response_set_transfer(zval *response, const wxp_http_result *result);

/* Records on one of our response objects the `failover` attempts that led to it (an array, taken). */
void php_wechatpay_response_set_attempts(zval *response, zval *attempts);

/* Makes a WeChatPay\Http\Stream over contents (one reference is taken, no copy) in out. Returns SUCCESS or
 * FAILURE (thrown). */
zend_result php_wechatpay_stream_create(zval *out, zend_string *contents);

/* Returns the first value of header name (case-insensitive) of one of our response objects, or NULL; the
 * string is owned by the response. */
zend_string *php_wechatpay_response_header_first(zval *response, const char *name, size_t name_len);

/* Marks one of our response objects as an APIv2 answer rejected by check (php_wechatpay_v2_check, not 0), with
 * message (one reference taken) for the RejectionException it is thrown in. */
void php_wechatpay_response_set_rejection(zval *response, int check, zend_string *message);

/* Returns the RejectionException message of reason when it is one of our responses that an APIv2 check
 * rejected (owned by the response), else NULL. */
zend_string *php_wechatpay_response_rejection(zval *reason);

/* php_wechatpay_response_rejection() as the C string php_wechatpay_exception_rejection() takes (NULL: its
 * own message from the reason's type). */
static zend_always_inline const char *php_wechatpay_rejection_text(zval *reason)
{
    zend_string *text = php_wechatpay_response_rejection(reason);

    return text ? ZSTR_VAL(text) : NULL;
}

/* Returns the status code of one of our response objects. */
int php_wechatpay_response_status(zval *response);

#endif
