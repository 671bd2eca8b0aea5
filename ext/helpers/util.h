/* The helper classes of util.stub.php: WeChatPay\Formatter, \Transformer, \Util\PemUtil, \Util\MediaUtil and
 * the stream MediaUtil::getStream() returns. */
#ifndef WECHATPAY_UTIL_H
#define WECHATPAY_UTIL_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Formatter;
extern zend_class_entry *wechatpay_ce_Transformer;
extern zend_class_entry *wechatpay_ce_Util_PemUtil;
extern zend_class_entry *wechatpay_ce_Util_MediaUtil;
extern zend_class_entry *wechatpay_ce_Util_AbstractMediaStream;

/* Registers the classes of util.stub.php and their object handlers; called once from MINIT. */
zend_result php_wechatpay_util_minit(INIT_FUNC_ARGS);

/* Sets the object handlers of MediaUtil and AbstractMediaStream (mediautil.c); called by
 * php_wechatpay_util_minit(). */
zend_result php_wechatpay_media_minit(INIT_FUNC_ARGS);

/* The `body` option given as a MediaUtil stream: the request must send the multipart body but sign only its
 * meta JSON, and carry the body's Content-Type unless the app gives one. Returns 0 when obj is no such
 * stream (nothing set); 1 with *sent, *signed_part and *content_type set (one reference each); -1 with an
 * InvalidArgumentException thrown (the stream was closed or detached). */
int php_wechatpay_media_body(zend_object *obj, zend_string **sent, zend_string **signed_part,
                             zend_string **content_type);

#endif
