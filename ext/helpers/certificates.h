/* WeChatPay\Certificates: the platform certificates of GET /v3/certificates, fetched and checked in one call. */
#ifndef WECHATPAY_CERTIFICATES_H
#define WECHATPAY_CERTIFICATES_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Certificates;

/* Registers WeChatPay\Certificates; called once from MINIT. */
zend_result php_wechatpay_certificates_minit(INIT_FUNC_ARGS);

#endif
