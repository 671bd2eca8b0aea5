/* The INI settings of the connection pool: wechatpay.pool, wechatpay.pool_max_idle, wechatpay.pool_max_age;
 * wechatpay.crypto_threads; wechatpay.certs_refresh and wechatpay.certs_min_interval. */
#ifndef WECHATPAY_INI_H
#define WECHATPAY_INI_H

#include "php.h"

#define PHP_WECHATPAY_POOL_MAX_IDLE_DEFAULT 32
#define PHP_WECHATPAY_POOL_MAX_IDLE_MIN 1
#define PHP_WECHATPAY_POOL_MAX_IDLE_MAX 1000
/* WeChat Pay closes connections idle for 8 s: one idle 7 s or more is not reused. */
#define PHP_WECHATPAY_POOL_MAX_AGE_DEFAULT 7
#define PHP_WECHATPAY_POOL_MAX_AGE_MIN 1
#define PHP_WECHATPAY_POOL_MAX_AGE_MAX 3600

/* wechatpay.crypto_threads: worker threads signing and verifying async calls (async/crypto_pool.h); 0 off. */
#define PHP_WECHATPAY_CRYPTO_THREADS_DEFAULT 0
#define PHP_WECHATPAY_CRYPTO_THREADS_MAX 16

/* wechatpay.certs_refresh: seconds after which fetched platform certificates are fetched again, and within
 * which the newest of them must not expire (client/autocerts.h); 12 hours by default. */
#define PHP_WECHATPAY_CERTS_REFRESH_DEFAULT 43200
#define PHP_WECHATPAY_CERTS_REFRESH_MIN 60
#define PHP_WECHATPAY_CERTS_REFRESH_MAX 31536000
/* wechatpay.certs_min_interval: the least seconds between two fetches for one merchant (a forged answer naming
 * unknown serials must not make every call fetch). */
#define PHP_WECHATPAY_CERTS_MIN_INTERVAL_DEFAULT 60
#define PHP_WECHATPAY_CERTS_MIN_INTERVAL_MIN 1
#define PHP_WECHATPAY_CERTS_MIN_INTERVAL_MAX 86400

/* Registers the settings into the module globals; called once from MINIT. */
zend_result php_wechatpay_ini_minit(INIT_FUNC_ARGS);

/* Unregisters the settings; called once from MSHUTDOWN. */
zend_result php_wechatpay_ini_mshutdown(SHUTDOWN_FUNC_ARGS);

#endif
