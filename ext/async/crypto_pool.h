/* The process's worker threads for async calls' signing and verifying (wechatpay.crypto_threads): made at
 * the first async call that wants them, in the process that uses them (a forked child makes its own). */
#ifndef WECHATPAY_CRYPTO_POOL_H
#define WECHATPAY_CRYPTO_POOL_H

#include "php.h"
#include "wxp_workers.h"

/* Returns the process's worker pool, starting it on first use; NULL when wechatpay.crypto_threads is 0 or
 * the threads could not be started (a warning says so once; calls then sign and verify on the PHP thread). */
wxp_workers *php_wechatpay_crypto_pool(void);

/* Returns the pool when this process already made it, else NULL (never starts one). */
wxp_workers *php_wechatpay_crypto_pool_if_made(void);

/* In a child of fork(): abandons the parent's pool (its threads are not in this process) so a later use
 * makes the child's own; a no-op otherwise. */
void php_wechatpay_crypto_pool_check_fork(void);

/* Releases every job still out (queued ones unrun, running ones once done); called at request shutdown. */
void php_wechatpay_crypto_pool_discard(void);

/* Stops and joins the threads, or abandons a parent's pool in a forked child; called from MSHUTDOWN. */
void php_wechatpay_crypto_pool_shutdown(void);

#endif
