/* The namespaced constants of wechatpay-php (module/constants.stub.php, and Crypto\ALGO_DICTONARIES). */
#ifndef WECHATPAY_CONSTANTS_H
#define WECHATPAY_CONSTANTS_H

#include "php.h"

/* Registers the constants of constants.stub.php and WeChatPay\Crypto\ALGO_DICTONARIES; called once from MINIT. */
zend_result php_wechatpay_constants_minit(INIT_FUNC_ARGS);

/* Frees the array of WeChatPay\Crypto\ALGO_DICTONARIES; called once from MSHUTDOWN. */
void php_wechatpay_constants_mshutdown(SHUTDOWN_FUNC_ARGS);

#endif
