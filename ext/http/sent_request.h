/* A request as sent, as a PSR-7 request object: what a failure's getRequest() and on_stats' TransferStats
 * return. Made only when one of them asks. */
#ifndef WECHATPAY_SENT_REQUEST_H
#define WECHATPAY_SENT_REQUEST_H

#include "php.h"
#include "wxp_headers.h"

/* Makes, in out, a request_ce (GuzzleHttp\Psr7\Request's constructor: method, URL, headers, body, "1.1") of
 * the method, URL, every header (Authorization included) and body (NULL: none) sent. Runs PHP code (the
 * constructor, the loaders of the classes it uses). Returns SUCCESS, or FAILURE with out UNDEF and an
 * exception thrown. */
zend_result php_wechatpay_sent_request(zval *out, zend_class_entry *request_ce, const char *method, const char *url,
                                       size_t url_len, const wxp_header_list *headers, const zend_string *body);

#endif
