/* Module entry: registers the classes of wechatpay.stub.php and owns the process-wide HTTP engine and key
 * cache. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "wxp_verify.h" /* the WXP_EV3_RES_* the arginfo registers */
#include "wechatpay_arginfo.h"
#include "node.h"
#include "response.h"
#include "psr_bridge.h"
#include "transport.h"
#include "exceptions.h"
#include "promise.h"
#include "loop.h"
#include "crypto_aes.h"
#include "util.h"
#include "crypto_rsa.h"
#include "ini.h"
#include "pool.h"

#include <curl/curl.h>
#include <unistd.h>
#include <openssl/opensslv.h>

ZEND_DECLARE_MODULE_GLOBALS(wechatpay)

zend_class_entry *wechatpay_ce_Builder;
zend_class_entry *wechatpay_ce_BuilderChainable;
zend_class_entry *wechatpay_ce_BuilderNode;
zend_class_entry *wechatpay_ce_Http_AbstractResponse;
zend_class_entry *wechatpay_ce_Http_AbstractStream;
zend_class_entry *wechatpay_ce_Exception_WeChatPayException;
zend_class_entry *wechatpay_ce_Exception_InvalidArgumentException;
zend_class_entry *wechatpay_ce_Exception_RequestException;
zend_class_entry *wechatpay_ce_Exception_BadResponseException;
zend_class_entry *wechatpay_ce_Exception_ClientException;
zend_class_entry *wechatpay_ce_Exception_ServerException;
zend_class_entry *wechatpay_ce_Exception_VerificationException;
zend_class_entry *wechatpay_ce_Exception_ConnectException;
zend_class_entry *wechatpay_ce_Promise;
zend_class_entry *wechatpay_ce_Pool;
zend_class_entry *wechatpay_ce_Exception_RejectionException;
zend_class_entry *wechatpay_ce_Exception_CancellationException;

wxp_http_engine *php_wechatpay_engine(void)
{
    php_wechatpay_pool_check_fork();
    if (WECHATPAY_G(engine) == NULL) {
        wxp_err err;

        /* libcurl's own per-host cap is only a backstop: each client's max_connections queues in loop.c. The
         * idle cache and the idle age come from wechatpay.pool_max_idle and wechatpay.pool_max_age. */
        wxp_http_engine_options options = {PHP_WECHATPAY_MAX_MAX_CONNECTIONS, (long) WECHATPAY_G(pool_max_age),
                                           (long) WECHATPAY_G(pool_max_idle)};

        wxp_err_clear(&err);
        WECHATPAY_G(engine) = wxp_http_engine_new(&options, &err);
        if (WECHATPAY_G(engine) == NULL) {
            php_wechatpay_throw_invalid_state("Cannot start the HTTP engine: %s", err.message);
            return NULL;
        }
        php_wechatpay_pool_engine_made();
    }
    if (WECHATPAY_G(user_agent) == NULL) {
        wxp_buf user_agent;

        wxp_buf_init(&user_agent);
        /* Kept for the life of the process, so allocated persistently (never from the request's heap). */
        if (wxp_buf_append_str(&user_agent, PHP_WECHATPAY_UA_PRODUCT " ") == 0 && wxp_http_user_agent_suffix(&user_agent) == 0
            && wxp_buf_printf(&user_agent, " PHP/%s", PHP_VERSION) == 0) {
            WECHATPAY_G(user_agent) = zend_string_init(wxp_buf_cstr(&user_agent), user_agent.len, 1);
        }
        wxp_buf_free(&user_agent);
    }
    return WECHATPAY_G(engine);
}

static PHP_GINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    memset(wechatpay_globals, 0, sizeof(*wechatpay_globals));
}

/* Frees what the process kept between requests; safe to call twice. */
static void release_process_state(zend_wechatpay_globals *globals)
{
    if (globals->engine && globals->engine_pid != (zend_long) getpid()) {
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
}

static PHP_GSHUTDOWN_FUNCTION(wechatpay)
{
    release_process_state(wechatpay_globals);
}

PHP_MINIT_FUNCTION(wechatpay)
{
    if (php_wechatpay_ini_minit(type, module_number) == FAILURE || wxp_http_global_init() != 0) {
        return FAILURE;
    }

    wechatpay_ce_Builder = register_class_WeChatPay_Builder();
    wechatpay_ce_BuilderChainable = register_class_WeChatPay_BuilderChainable(zend_ce_arrayaccess);
    wechatpay_ce_BuilderNode = register_class_WeChatPay_BuilderNode(wechatpay_ce_BuilderChainable);
    wechatpay_ce_Http_AbstractResponse = register_class_WeChatPay_Http_AbstractResponse();
    wechatpay_ce_Http_AbstractStream = register_class_WeChatPay_Http_AbstractStream();
    wechatpay_ce_Exception_WeChatPayException = register_class_WeChatPay_Exception_WeChatPayException();
    wechatpay_ce_Exception_InvalidArgumentException = register_class_WeChatPay_Exception_InvalidArgumentException(
        spl_ce_InvalidArgumentException, wechatpay_ce_Exception_WeChatPayException);
    wechatpay_ce_Exception_RequestException = register_class_WeChatPay_Exception_RequestException(
        spl_ce_RuntimeException, wechatpay_ce_Exception_WeChatPayException);
    wechatpay_ce_Exception_BadResponseException =
        register_class_WeChatPay_Exception_BadResponseException(wechatpay_ce_Exception_RequestException);
    wechatpay_ce_Exception_ClientException =
        register_class_WeChatPay_Exception_ClientException(wechatpay_ce_Exception_BadResponseException);
    wechatpay_ce_Exception_ServerException =
        register_class_WeChatPay_Exception_ServerException(wechatpay_ce_Exception_BadResponseException);
    wechatpay_ce_Exception_VerificationException =
        register_class_WeChatPay_Exception_VerificationException(wechatpay_ce_Exception_RequestException);
    wechatpay_ce_Exception_ConnectException =
        register_class_WeChatPay_Exception_ConnectException(wechatpay_ce_Exception_RequestException);
    wechatpay_ce_Promise = register_class_WeChatPay_Promise();
    wechatpay_ce_Pool = register_class_WeChatPay_Pool();
    wechatpay_ce_Exception_RejectionException = register_class_WeChatPay_Exception_RejectionException(
        spl_ce_RuntimeException, wechatpay_ce_Exception_WeChatPayException);
    wechatpay_ce_Exception_CancellationException =
        register_class_WeChatPay_Exception_CancellationException(wechatpay_ce_Exception_RejectionException);

    php_wechatpay_aes_minit(module_number);

    php_wechatpay_node_minit();
    php_wechatpay_response_minit();
    php_wechatpay_promise_minit();
    php_wechatpay_util_minit();
    return php_wechatpay_rsa_minit();
}

PHP_MSHUTDOWN_FUNCTION(wechatpay)
{
#ifndef ZTS
    /* The engine must go before libcurl's global state does (GSHUTDOWN runs after MSHUTDOWN). */
    release_process_state(&wechatpay_globals);
#endif
    wxp_http_global_cleanup();
    php_wechatpay_aes_mshutdown();
    php_wechatpay_ini_mshutdown(type, module_number);
    return SUCCESS;
}

PHP_RINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    php_wechatpay_rsa_rinit();
    php_wechatpay_pool_rinit();
    return SUCCESS;
}

/* Unwaited promises: their transfers are aborted and everything the loop held is released, while the
 * objects it references still exist; Rsa's cached keys are dropped. Only then, with wechatpay.pool Off, may
 * the engine go: no transfer is left on it. */
PHP_RSHUTDOWN_FUNCTION(wechatpay)
{
    php_wechatpay_pool_check_fork(); /* before the loop aborts transfers: not on the parent's connections */
    php_wechatpay_loop_shutdown();
    php_wechatpay_pool_rshutdown();
    php_wechatpay_rsa_rshutdown();
    return SUCCESS;
}

/* After the executor is gone: the request's bridge classes no longer exist. */
static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(wechatpay)
{
    php_wechatpay_psr_bridge_reset();
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
