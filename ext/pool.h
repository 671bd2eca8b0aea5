/* WeChatPay\Pool and the life of the process's HTTP engine across requests (wechatpay.pool). */
#ifndef WECHATPAY_POOL_H
#define WECHATPAY_POOL_H

#include "php.h"

/* Counts the request as served by the pool when the engine outlived the last one; called from RINIT. */
void php_wechatpay_pool_rinit(void);

/* Counts the current request once the engine exists; called when the engine is made. */
void php_wechatpay_pool_engine_made(void);

/* In a child of fork(), leaves the engine copied from the parent alone (it is never used or freed through
 * libcurl again: its connections are the parent's) so that the child makes its own; a no-op otherwise.
 * Called wherever the engine is about to be used or freed. */
void php_wechatpay_pool_check_fork(void);

/* With wechatpay.pool Off, frees the engine (and so every connection), keeping its counters; called from
 * RSHUTDOWN after the loop let go of every transfer. */
void php_wechatpay_pool_rshutdown(void);

/* Fills out with the array WeChatPay\Pool::stats() returns. */
void php_wechatpay_pool_stats_array(zval *out);

#endif
