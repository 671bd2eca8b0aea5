/* WeChatPay\Certificates: the platform certificates of GET /v3/certificates, fetched and checked in one call. */
#ifndef WECHATPAY_CERTIFICATES_H
#define WECHATPAY_CERTIFICATES_H

#include "php.h"
#include "client/client.h"

extern zend_class_entry *wechatpay_ce_Certificates;

/* Registers WeChatPay\Certificates; called once from MINIT. */
zend_result php_wechatpay_certificates_minit(INIT_FUNC_ARGS);

/* GETs /v3/certificates with client (signed as any call), decrypts each certificate under its apiv3Key, checks it
 * against the serial it is listed under and verifies the answer with the certificate it names. Returns SUCCESS
 * with serial => PEM in out, or FAILURE with the exception thrown (out UNDEF). Runs a call on the loop, so it
 * may run PHP code (the app's autoloader, progress callables): the caller holds what it needs across it. */
zend_result php_wechatpay_certificates_fetch(php_wechatpay_client *client, zval *out);

#endif
