/* Registers the helper classes of util.stub.php (their methods live in formatter.c, transformer.c, pemutil.c
 * and mediautil.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "php_wechatpay.h"
#include "util.h"
#include "util_arginfo.h"

zend_class_entry *wechatpay_ce_Formatter;
zend_class_entry *wechatpay_ce_Transformer;
zend_class_entry *wechatpay_ce_Util_PemUtil;
zend_class_entry *wechatpay_ce_Util_MediaUtil;
zend_class_entry *wechatpay_ce_Util_AbstractMediaStream;

void php_wechatpay_util_minit(void)
{
    wechatpay_ce_Formatter = register_class_WeChatPay_Formatter();
    wechatpay_ce_Transformer = register_class_WeChatPay_Transformer();
    wechatpay_ce_Util_PemUtil = register_class_WeChatPay_Util_PemUtil();
    wechatpay_ce_Util_MediaUtil = register_class_WeChatPay_Util_MediaUtil();
    wechatpay_ce_Util_AbstractMediaStream = register_class_WeChatPay_Util_AbstractMediaStream();
    php_wechatpay_media_minit();
}
