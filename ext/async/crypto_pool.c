/* The worker pool's life in the process (crypto_pool.h). The threads live in the module globals of the
 * process that made them; fork() copies the pointer but not the threads, so every entry point first checks
 * the pid and, in a child, abandons the copy (no join, no free: its lock may have been held at the fork). */
#include "php.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "async/crypto_pool.h"

#include "wxp_process.h"

void php_wechatpay_crypto_pool_check_fork(void)
{
    if (WECHATPAY_G(workers) && WECHATPAY_G(workers_pid) != (zend_long) wxp_process_id()) {
        wxp_workers_abandon(WECHATPAY_G(workers));
        /* Kept reachable (one per fork generation at most: an older abandoned one is the grandparent's). */
        WECHATPAY_G(workers_abandoned) = WECHATPAY_G(workers);
        WECHATPAY_G(workers) = NULL;
    }
}

wxp_workers *php_wechatpay_crypto_pool_if_made(void)
{
    php_wechatpay_crypto_pool_check_fork();
    return WECHATPAY_G(workers);
}

wxp_workers *php_wechatpay_crypto_pool(void)
{
    static zend_long warned_pid;
    wxp_err err;

    if (WECHATPAY_G(crypto_threads) <= 0) {
        return NULL;
    }
    php_wechatpay_crypto_pool_check_fork();
    if (WECHATPAY_G(workers) == NULL && warned_pid != (zend_long) wxp_process_id()) {
        wxp_err_clear(&err);
        WECHATPAY_G(workers) = wxp_workers_new((unsigned) WECHATPAY_G(crypto_threads), &err);
        if (WECHATPAY_G(workers) == NULL) {
            warned_pid = (zend_long) wxp_process_id();
            php_error_docref(NULL, E_WARNING, "wechatpay.crypto_threads: %s; async calls sign and verify on the "
                             "PHP thread", err.message);
            return NULL;
        }
        WECHATPAY_G(workers_pid) = (zend_long) wxp_process_id();
    }
    return WECHATPAY_G(workers);
}

void php_wechatpay_crypto_pool_discard(void)
{
    wxp_workers *pool = php_wechatpay_crypto_pool_if_made();

    if (pool && wxp_workers_pending(pool) > 0) {
        wxp_workers_discard(pool);
    }
}

void php_wechatpay_crypto_pool_shutdown(void)
{
    php_wechatpay_crypto_pool_check_fork();
    wxp_workers_free(WECHATPAY_G(workers));
    WECHATPAY_G(workers) = NULL;
}
