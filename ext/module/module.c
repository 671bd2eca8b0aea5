/* Module entry: calls each unit's MINIT/RINIT/RSHUTDOWN hooks (each unit registers the classes of its own
 * stub) and owns the process-wide state of the module globals (module/globals.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "module/ini.h"
#include "module/pool.h"
#include "module/keycache.h"
#include "module/constants.h"
#include "client/node.h"
#include "http/exceptions.h"
#include "http/failure_classes.h"
#include "http/response.h"
#include "http/resource_stream.h"
#include "client/middleware.h"
#include "client/driver.h"
#include "client/engine_handler.h"
#include "http/transfer_stats.h"
#include "http/psr_bridge.h"
#include "http/psr_fallback.h"
#include "async/promise.h"
#include "async/promise_class.h"
#include "async/loop.h"
#include "async/crypto_pool.h"
#include "helpers/crypto_aes.h"
#include "helpers/crypto_rsa.h"
#include "helpers/util.h"
#include "helpers/certificates.h"
#include "helpers/notification.h"
#include "helpers/bill.h"
#include "helpers/sensitive.h"
#include "wxp_keycache.h"
#include "wxp_certstore.h"
#include "wxp_failover.h"

#include <curl/curl.h>
#include <openssl/opensslv.h>
#include "wxp_process.h"

ZEND_DECLARE_MODULE_GLOBALS(wechatpay)

static PHP_GINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    memset(wechatpay_globals, 0, sizeof(*wechatpay_globals));
    php_wechatpay_loop_ginit(&wechatpay_globals->loop);
}

/* Frees what the process kept between requests; safe to call twice. */
static void release_process_state(zend_wechatpay_globals *globals)
{
    if (globals->engine && globals->engine_pid != (zend_long) wxp_process_id()) {
        /* Copied by fork() and never used here: the connections are the parent's (pool.c). Left allocated,
         * and reachable from here, until the process exits. */
        wxp_http_engine_abandon(globals->engine);
    } else if (globals->engine) {
        wxp_http_engine_free(globals->engine);
        globals->engine = NULL;
    }
    if (globals->user_agent) {
        zend_string_free(globals->user_agent);
        globals->user_agent = NULL;
    }
    /* Clients still holding cached keys keep their own references; the rest are freed here. */
    wxp_keycache_free(globals->keycache);
    globals->keycache = NULL;
    wxp_certstore_free(globals->certstore);
    globals->certstore = NULL;
    wxp_failover_avoid_free(globals->failover_avoid);
    globals->failover_avoid = NULL;
}

static PHP_GSHUTDOWN_FUNCTION(wechatpay)
{
    release_process_state(wechatpay_globals);
    php_wechatpay_loop_gshutdown(&wechatpay_globals->loop);
}

PHP_MINIT_FUNCTION(wechatpay)
{
    /* Exceptions first: every other unit's classes may refer to them. */
    if (php_wechatpay_ini_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE || wxp_http_global_init() != 0
        || php_wechatpay_exceptions_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_constants_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_node_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_response_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_resource_stream_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_psr_fallback_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_middleware_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_driver_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_engine_handler_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_transfer_stats_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_promise_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_pool_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_aes_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_util_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_rsa_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_certificates_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_notification_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_bill_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE
        || php_wechatpay_sensitive_minit(INIT_FUNC_ARGS_PASSTHRU) == FAILURE) {
        return FAILURE;
    }
    return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(wechatpay)
{
    php_wechatpay_crypto_pool_shutdown(); /* the worker threads are joined before anything they use goes */
#ifndef ZTS
    /* The engine must go before libcurl's global state does (GSHUTDOWN runs after MSHUTDOWN). */
    release_process_state(&wechatpay_globals);
#endif
    wxp_http_global_cleanup();
    php_wechatpay_aes_mshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    php_wechatpay_ini_mshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    php_wechatpay_constants_mshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    php_wechatpay_psr_fallback_mshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    return SUCCESS;
}

PHP_RINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    php_wechatpay_rsa_rinit(INIT_FUNC_ARGS_PASSTHRU);
    php_wechatpay_pool_rinit(INIT_FUNC_ARGS_PASSTHRU);
    return SUCCESS;
}

/* Unwaited promises: their transfers are aborted and everything the loop held is released, while the
 * objects it references still exist; Rsa's cached keys are dropped. Only then, with wechatpay.pool Off, may
 * the engine go: no transfer is left on it. */
PHP_RSHUTDOWN_FUNCTION(wechatpay)
{
    php_wechatpay_pool_check_fork(); /* before the loop aborts transfers: not on the parent's connections */
    php_wechatpay_loop_shutdown();
    php_wechatpay_pool_rshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    php_wechatpay_rsa_rshutdown(SHUTDOWN_FUNC_ARGS_PASSTHRU);
    return SUCCESS;
}

/* After the executor is gone: the request's bridge and promise classes no longer exist. */
static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(wechatpay)
{
    php_wechatpay_psr_bridge_reset();
    php_wechatpay_failure_classes_reset();
    php_wechatpay_promise_class_reset();
    return SUCCESS;
}

PHP_MINFO_FUNCTION(wechatpay)
{
    curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);

    php_info_print_table_start();
    php_info_print_table_header(2, "wechatpay support", "enabled");
    php_info_print_table_row(2, "Version", PHP_WECHATPAY_VERSION);
    php_info_print_table_row(2, "libcurl", curl->version);
    php_info_print_table_row(2, "OpenSSL (headers)", OPENSSL_VERSION_TEXT);
    php_info_print_table_end();
    DISPLAY_INI_ENTRIES();
}

static const zend_module_dep wechatpay_deps[] = {
    ZEND_MOD_REQUIRED("json")
    ZEND_MOD_REQUIRED("openssl")
    ZEND_MOD_REQUIRED("spl")
    ZEND_MOD_END
};

zend_module_entry wechatpay_module_entry = {
    STANDARD_MODULE_HEADER_EX,
    NULL,
    wechatpay_deps,
    "wechatpay",
    NULL,
    PHP_MINIT(wechatpay),
    PHP_MSHUTDOWN(wechatpay),
    PHP_RINIT(wechatpay),
    PHP_RSHUTDOWN(wechatpay),
    PHP_MINFO(wechatpay),
    PHP_WECHATPAY_VERSION,
    PHP_MODULE_GLOBALS(wechatpay),
    PHP_GINIT(wechatpay),
    PHP_GSHUTDOWN(wechatpay),
    ZEND_MODULE_POST_ZEND_DEACTIVATE_N(wechatpay),
    STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_WECHATPAY
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(wechatpay)
#endif
