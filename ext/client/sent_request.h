/* A call's request as sent, as a PSR-7 request object: what a failure's getRequest() returns. Made only when a
 * call failed. */
#ifndef WECHATPAY_SENT_REQUEST_H
#define WECHATPAY_SENT_REQUEST_H

#include "php.h"
#include "client/call.h"

/* Makes, in out, a request_ce (GuzzleHttp\Psr7\Request's constructor: method, URL, headers, body, "1.1") of
 * call's method, URL, every header (Authorization included) and body. Runs PHP code (the constructor, the
 * loaders of the classes it uses). Returns SUCCESS, or FAILURE with out UNDEF and an exception thrown. */
zend_result php_wechatpay_sent_request(zval *out, zend_class_entry *request_ce, const php_wechatpay_call *call);

#endif
