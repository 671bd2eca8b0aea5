/* WeChatPay\Pool and the life of the process's HTTP engine across requests (wechatpay.pool). */
#ifndef WECHATPAY_POOL_H
#define WECHATPAY_POOL_H

#include "php.h"
#include "wxp_http.h"

/* The product token every User-Agent starts with (the whole one is made with the engine). */
#define PHP_WECHATPAY_UA_PRODUCT "wechatpay-ext/" PHP_WECHATPAY_VERSION

/* Returns the process's HTTP engine, making it (and the User-Agent) on first use; NULL with an exception
 * thrown on failure. */
wxp_http_engine *php_wechatpay_engine(void);

/* Registers WeChatPay\Pool (module/pool.stub.php). */
zend_result php_wechatpay_pool_minit(INIT_FUNC_ARGS);

/* Counts the request as served by the pool when the engine outlived the last one; called from RINIT. */
zend_result php_wechatpay_pool_rinit(INIT_FUNC_ARGS);

/* Counts the current request once the engine exists; called when the engine is made. */
void php_wechatpay_pool_engine_made(void);

/* In a child of fork(), leaves the engine copied from the parent alone (it is never used or freed through
 * libcurl again: its connections are the parent's) so that the child makes its own; a no-op otherwise.
 * Called wherever the engine is about to be used or freed. */
void php_wechatpay_pool_check_fork(void);

/* With wechatpay.pool Off, frees the engine (and so every connection), keeping its counters; called from
 * RSHUTDOWN after the loop let go of every transfer. */
zend_result php_wechatpay_pool_rshutdown(SHUTDOWN_FUNC_ARGS);

/* Fills out with the array WeChatPay\Pool::stats() returns. */
void php_wechatpay_pool_stats_array(zval *out);

#endif
