/* The wechatpay extension's public header: its module entry, version, and the class entries another
 * extension may use (instanceof checks, catching our exceptions). Everything else is private to ext/. */
#ifndef PHP_WECHATPAY_H
#define PHP_WECHATPAY_H

#include "php.h"

#define PHP_WECHATPAY_VERSION "0.1.0"

extern zend_module_entry wechatpay_module_entry;
#define phpext_wechatpay_ptr &wechatpay_module_entry

/* Set in MINIT by the unit that registers each class (see ext/<unit>/<unit>.stub.php). */
extern zend_class_entry *wechatpay_ce_Builder;
extern zend_class_entry *wechatpay_ce_BuilderChainable;
extern zend_class_entry *wechatpay_ce_ClientDecoratorInterface;
extern zend_class_entry *wechatpay_ce_BuilderNode;
extern zend_class_entry *wechatpay_ce_Promise;
extern zend_class_entry *wechatpay_ce_Pool;
extern zend_class_entry *wechatpay_ce_Http_AbstractResponse;
extern zend_class_entry *wechatpay_ce_Http_AbstractStream;
extern zend_class_entry *wechatpay_ce_Http_AbstractResourceStream;
extern zend_class_entry *wechatpay_ce_Exception_WeChatPayException;
extern zend_class_entry *wechatpay_ce_Exception_InvalidArgumentException;
extern zend_class_entry *wechatpay_ce_Exception_RequestException;
extern zend_class_entry *wechatpay_ce_Exception_BadResponseException;
extern zend_class_entry *wechatpay_ce_Exception_ClientException;
extern zend_class_entry *wechatpay_ce_Exception_ServerException;
extern zend_class_entry *wechatpay_ce_Exception_VerificationException;
extern zend_class_entry *wechatpay_ce_Exception_ConnectException;
extern zend_class_entry *wechatpay_ce_Exception_RejectionException;
extern zend_class_entry *wechatpay_ce_Exception_CancellationException;
extern zend_class_entry *wechatpay_ce_Exception_Own_RequestException;
extern zend_class_entry *wechatpay_ce_Exception_Own_BadResponseException;
extern zend_class_entry *wechatpay_ce_Exception_Own_ClientException;
extern zend_class_entry *wechatpay_ce_Exception_Own_ServerException;
extern zend_class_entry *wechatpay_ce_Exception_Own_VerificationException;
extern zend_class_entry *wechatpay_ce_Exception_Own_ConnectException;
extern zend_class_entry *wechatpay_ce_Exception_Own_RejectionException;
extern zend_class_entry *wechatpay_ce_Exception_Own_CancellationException;
extern zend_class_entry *wechatpay_ce_Crypto_Rsa;

#endif
