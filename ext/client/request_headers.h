/* Request headers from PHP: a config's or a call's `headers` array, checked header by header. */
#ifndef WECHATPAY_REQUEST_HEADERS_H
#define WECHATPAY_REQUEST_HEADERS_H

#include "php.h"
#include "wxp_headers.h"

/* Appends the entries of a `headers` array (name => string|int or a list of them) to list after removing
 * earlier headers of the same name; refuses names that are not tokens, framing and hop-by-hop headers
 * (Content-Length, Transfer-Encoding, Connection, Host, Expect, ...: wxp_header_is_framing) and values
 * holding CR, LF or NUL. Returns FAILURE with InvalidArgumentException thrown. */
zend_result php_wechatpay_headers_apply(wxp_header_list *list, zval *headers, const char *where);

#endif
