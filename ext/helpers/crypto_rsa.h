/* WeChatPay\Crypto\Rsa (helpers/crypto_rsa.stub.php): registration, and the request's cache of parsed keys. */
#ifndef WECHATPAY_CRYPTO_RSA_H
#define WECHATPAY_CRYPTO_RSA_H

#include "php.h"

/* Registers the class from crypto_rsa_arginfo.h; called from MINIT. Returns SUCCESS. */
zend_result php_wechatpay_rsa_minit(INIT_FUNC_ARGS);

/* Opens the request's key cache (it is made on first use). */
zend_result php_wechatpay_rsa_rinit(INIT_FUNC_ARGS);

/* Drops every cached key and closes the cache until the next request; called from RSHUTDOWN. */
zend_result php_wechatpay_rsa_rshutdown(SHUTDOWN_FUNC_ARGS);

#endif
