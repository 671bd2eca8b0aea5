/* WeChatPay\Http\AbstractResourceStream: a PSR-7 body over a PHP stream resource, what a call's `sink`
 * received. The request's WeChatPay\Http\ResourceStream (see psr_bridge.h) extends it. */
#ifndef WECHATPAY_RESOURCE_STREAM_H
#define WECHATPAY_RESOURCE_STREAM_H

#include "php.h"

/* Registers the class and its object handlers; called once from MINIT. */
zend_result php_wechatpay_resource_stream_minit(INIT_FUNC_ARGS);

/* Makes a WeChatPay\Http\ResourceStream over resource (a stream resource; one reference taken) in out.
 * Returns SUCCESS, or FAILURE with an exception thrown (the bridge class could not be declared). */
zend_result php_wechatpay_resource_stream_create(zval *out, zval *resource);

#endif
