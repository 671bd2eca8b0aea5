/* Guzzle's `sink` request option: where the body of a verified 2xx answer goes instead of memory (a file path,
 * a stream resource, or a Psr\Http\Message\StreamInterface). The body is spooled to an unnamed temporary file
 * as it arrives (src/wxp_spool.h), verified from there, and written to the sink only once it verified, so the
 * sink never holds unverified bytes and the body is never whole in memory. */
#ifndef WECHATPAY_CALL_SINK_H
#define WECHATPAY_CALL_SINK_H

#include "php.h"
#include "wxp_spool.h"

/* Reads the `sink` option of options into sink (UNDEF when absent or null). A path must name a file in an
 * existing directory, as Guzzle requires (else its RuntimeException); anything but a string, a stream resource
 * or a StreamInterface is an InvalidArgumentException. Returns FAILURE with the exception thrown. */
zend_result php_wechatpay_sink_prepare(zval *sink, HashTable *options);

/* Returns the directory a call with this sink spools its 2xx body to, or NULL when sink is UNDEF. */
const char *php_wechatpay_sink_spool_dir(const zval *sink);

/* Writes the spooled body into sink and makes, in body, the response's body over it, rewound as Guzzle
 * rewinds a sink: a WeChatPay\Http\ResourceStream over the file or resource, or the StreamInterface itself.
 * Runs PHP code (stream wrappers, the StreamInterface's write()). Returns SUCCESS, or FAILURE with body UNDEF
 * and either an exception thrown (the sink's own) or *reason set to why (a static string). */
zend_result php_wechatpay_sink_deliver(const zval *sink, const wxp_spool *spool, zval *body, const char **reason);

#endif
