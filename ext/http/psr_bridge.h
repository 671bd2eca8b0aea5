/* The per-request PSR-7 bridge: WeChatPay\Http\Response and \Stream, implementing whichever
 * Psr\Http\Message interfaces the running app has (psr/http-message 1.x or 2.x, the psr extension), or a
 * fallback declared by the extension when it has none. Resolved at the first response of each request,
 * after autoloaders exist, never at MINIT. */
#ifndef WECHATPAY_PSR_BRIDGE_H
#define WECHATPAY_PSR_BRIDGE_H

#include "php.h"

/* Returns the request's WeChatPay\Http\Response class, declaring it (and, when the app has no PSR-7, the
 * fallback interfaces) on first use. Returns NULL with an exception thrown on failure. */
zend_class_entry *php_wechatpay_psr_response_ce(void);

/* Returns the request's WeChatPay\Http\Stream class, declaring it on first use; NULL with an exception. */
zend_class_entry *php_wechatpay_psr_stream_ce(void);

/* Returns the request's WeChatPay\Http\ResourceStream class (a sink's body), declaring it on first use; NULL
 * with an exception. */
zend_class_entry *php_wechatpay_psr_resource_stream_ce(void);

/* Forgets the request's bridge classes; called after the executor shut down. */
void php_wechatpay_psr_bridge_reset(void);

#endif
