/* The pool's INI settings. All are PHP_INI_SYSTEM: the engine is process-wide, so a setting that changed per
 * request or per directory would describe connections other requests made. A value out of range is refused
 * at startup with a warning, and the default is used instead (PHP falls back to the default when the update
 * handler fails). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "module/ini.h"

#define PHP_WECHATPAY_STR(x) #x
#define PHP_WECHATPAY_XSTR(x) PHP_WECHATPAY_STR(x)

/* Stores new_value into *target when it is a whole number within min..max; otherwise warns, naming the
 * setting, the value given and the default that stays, and fails. */
static zend_result update_in_range(zend_ini_entry *entry, zend_string *new_value, zend_long *target,
                                                  zend_long min, zend_long max, zend_long fallback)
{
    const char *s = ZSTR_VAL(new_value);
    char *end = NULL;
    zend_long value;

    /* Plain digits only: no "1k" quantities, no "abc" silently read as 0. */
    errno = 0;
    value = ZEND_STRTOL(s, &end, 10);
    if (ZSTR_LEN(new_value) == 0 || end != s + ZSTR_LEN(new_value) || errno != 0 || value < min || value > max) {
        php_error_docref(NULL, E_WARNING, "%s must be a whole number from " ZEND_LONG_FMT " to " ZEND_LONG_FMT
                         ", \"%s\" given; the default " ZEND_LONG_FMT " is used",
                         ZSTR_VAL(entry->name), min, max, s, fallback);
        return FAILURE;
    }
    *target = value;
    return SUCCESS;
}

static ZEND_INI_MH(php_wechatpay_on_update_max_idle)
{
    return update_in_range(entry, new_value, (zend_long *) ZEND_INI_GET_ADDR(),
                                          PHP_WECHATPAY_POOL_MAX_IDLE_MIN, PHP_WECHATPAY_POOL_MAX_IDLE_MAX,
                                          PHP_WECHATPAY_POOL_MAX_IDLE_DEFAULT);
}

static ZEND_INI_MH(php_wechatpay_on_update_max_age)
{
    return update_in_range(entry, new_value, (zend_long *) ZEND_INI_GET_ADDR(),
                                          PHP_WECHATPAY_POOL_MAX_AGE_MIN, PHP_WECHATPAY_POOL_MAX_AGE_MAX,
                                          PHP_WECHATPAY_POOL_MAX_AGE_DEFAULT);
}

static ZEND_INI_MH(php_wechatpay_on_update_crypto_threads)
{
    return update_in_range(entry, new_value, (zend_long *) ZEND_INI_GET_ADDR(), 0,
                           PHP_WECHATPAY_CRYPTO_THREADS_MAX, PHP_WECHATPAY_CRYPTO_THREADS_DEFAULT);
}

static ZEND_INI_MH(php_wechatpay_on_update_certs_refresh)
{
    return update_in_range(entry, new_value, (zend_long *) ZEND_INI_GET_ADDR(), PHP_WECHATPAY_CERTS_REFRESH_MIN,
                           PHP_WECHATPAY_CERTS_REFRESH_MAX, PHP_WECHATPAY_CERTS_REFRESH_DEFAULT);
}

static ZEND_INI_MH(php_wechatpay_on_update_certs_min_interval)
{
    return update_in_range(entry, new_value, (zend_long *) ZEND_INI_GET_ADDR(), PHP_WECHATPAY_CERTS_MIN_INTERVAL_MIN,
                           PHP_WECHATPAY_CERTS_MIN_INTERVAL_MAX, PHP_WECHATPAY_CERTS_MIN_INTERVAL_DEFAULT);
}

PHP_INI_BEGIN()
    STD_PHP_INI_BOOLEAN("wechatpay.pool", "1", PHP_INI_SYSTEM, OnUpdateBool, pool,
                        zend_wechatpay_globals, wechatpay_globals)
    STD_PHP_INI_ENTRY("wechatpay.pool_max_idle", PHP_WECHATPAY_XSTR(PHP_WECHATPAY_POOL_MAX_IDLE_DEFAULT), PHP_INI_SYSTEM,
                      php_wechatpay_on_update_max_idle, pool_max_idle, zend_wechatpay_globals, wechatpay_globals)
    STD_PHP_INI_ENTRY("wechatpay.pool_max_age", PHP_WECHATPAY_XSTR(PHP_WECHATPAY_POOL_MAX_AGE_DEFAULT), PHP_INI_SYSTEM,
                      php_wechatpay_on_update_max_age, pool_max_age, zend_wechatpay_globals, wechatpay_globals)
    /* SYSTEM too: the threads are the process's, made once at first use and kept until it ends. */
    STD_PHP_INI_ENTRY("wechatpay.crypto_threads", PHP_WECHATPAY_XSTR(PHP_WECHATPAY_CRYPTO_THREADS_DEFAULT), PHP_INI_SYSTEM,
                      php_wechatpay_on_update_crypto_threads, crypto_threads, zend_wechatpay_globals, wechatpay_globals)
    /* SYSTEM: the fetched certificates are the process's, shared by its requests */
    STD_PHP_INI_ENTRY("wechatpay.certs_refresh", PHP_WECHATPAY_XSTR(PHP_WECHATPAY_CERTS_REFRESH_DEFAULT), PHP_INI_SYSTEM,
                      php_wechatpay_on_update_certs_refresh, certs_refresh, zend_wechatpay_globals, wechatpay_globals)
    STD_PHP_INI_ENTRY("wechatpay.certs_min_interval", PHP_WECHATPAY_XSTR(PHP_WECHATPAY_CERTS_MIN_INTERVAL_DEFAULT),
                      PHP_INI_SYSTEM, php_wechatpay_on_update_certs_min_interval, certs_min_interval,
                      zend_wechatpay_globals, wechatpay_globals)
PHP_INI_END()

zend_result php_wechatpay_ini_minit(INIT_FUNC_ARGS)
{
    return REGISTER_INI_ENTRIES();
}

zend_result php_wechatpay_ini_mshutdown(SHUTDOWN_FUNC_ARGS)
{
    UNREGISTER_INI_ENTRIES();
    return SUCCESS;
}
