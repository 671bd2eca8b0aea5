/* Registers the helper classes of util.stub.php (their methods live in formatter.c, transformer.c, pemutil.c
 * and mediautil.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "php_wechatpay.h"
#include "helpers/util.h"
#include "helpers/util_arginfo.h"

zend_class_entry *wechatpay_ce_Formatter;
zend_class_entry *wechatpay_ce_Transformer;
zend_class_entry *wechatpay_ce_Util_PemUtil;
zend_class_entry *wechatpay_ce_Util_MediaUtil;
zend_class_entry *wechatpay_ce_Util_AbstractMediaStream;

zend_result php_wechatpay_util_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Formatter = register_class_WeChatPay_Formatter();
    wechatpay_ce_Transformer = register_class_WeChatPay_Transformer();
    wechatpay_ce_Util_PemUtil = register_class_WeChatPay_Util_PemUtil();
    wechatpay_ce_Util_MediaUtil = register_class_WeChatPay_Util_MediaUtil();
    wechatpay_ce_Util_AbstractMediaStream = register_class_WeChatPay_Util_AbstractMediaStream();
    return php_wechatpay_media_minit(INIT_FUNC_ARGS_PASSTHRU);
}
