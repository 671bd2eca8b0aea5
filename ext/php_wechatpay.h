/* The wechatpay extension: module entry, globals and the class entries every ext/ file shares. */
#ifndef PHP_WECHATPAY_H
#define PHP_WECHATPAY_H

#include "php.h"
#include "wxp_http.h"
#include "wxp_keycache.h"
#include "loop.h"

#define PHP_WECHATPAY_VERSION "0.1.0"
#define PHP_WECHATPAY_UA_PRODUCT "wechatpay-ext/" PHP_WECHATPAY_VERSION

extern zend_module_entry wechatpay_module_entry;
#define phpext_wechatpay_ptr &wechatpay_module_entry

ZEND_BEGIN_MODULE_GLOBALS(wechatpay)
    /* The process's HTTP engine: made lazily in the worker (after any fork), freed at GSHUTDOWN, or at
     * RSHUTDOWN when wechatpay.pool is Off (pool.c). */
    wxp_http_engine *engine;
    /* INI settings (ini.c): wechatpay.pool, wechatpay.pool_max_idle, wechatpay.pool_max_age. */
    bool pool;
    zend_long pool_max_idle;
    zend_long pool_max_age;
    /* WeChatPay\Pool's bookkeeping (pool.c): requests served with the engine alive, whether this request is
     * counted yet, and the counters of engines already freed (wechatpay.pool=Off frees one per request). */
    zend_long pool_requests;
    bool pool_request_counted;
    wxp_http_engine_stats pool_retired;
    /* The process that made the engine: a child of fork() finds another pid and leaves the engine it copied
     * to the parent (pool.c), kept reachable here, never touched through libcurl again. */
    zend_long engine_pid;
    wxp_http_engine **inherited_engines;
    size_t inherited_count;
    /* The whole User-Agent, `wechatpay-ext/<v> curl/<v> (<os>/<release>) PHP/<v>`; made with the first
     * engine and kept for the process (an engine freed at RSHUTDOWN leaves it). */
    zend_string *user_agent;
    /* Parsed keys and certificates by content digest (keycache.h): made on first use, freed at GSHUTDOWN. */
    wxp_keycache *keycache;
    /* The per-request PSR-7 bridge classes (see psr_bridge.h); NULL until the first response of a request. */
    zend_class_entry *psr_response_ce;
    zend_class_entry *psr_stream_ce;
    bool psr_declaring;  /* the bridge is being declared (its autoloads run PHP code): no nested declaring */
    /* The request's promise queue and transfers in flight (loop.h); emptied at RSHUTDOWN. */
    php_wechatpay_loop loop;
    /* WeChatPay\Crypto\Rsa's parsed keys, weakly keyed by their OpenSSLAsymmetricKey or OpenSSLCertificate
     * object (crypto_rsa.c); NULL until first use, dropped at RSHUTDOWN, closed from then until RINIT. */
    HashTable *rsa_keys;
    bool rsa_keys_closed;
ZEND_END_MODULE_GLOBALS(wechatpay)

ZEND_EXTERN_MODULE_GLOBALS(wechatpay)
#define WECHATPAY_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(wechatpay, v)

#if defined(ZTS) && defined(COMPILE_DL_WECHATPAY)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* Class entries, registered in MINIT from the generated arginfo. */
extern zend_class_entry *wechatpay_ce_Builder;
extern zend_class_entry *wechatpay_ce_BuilderChainable;
extern zend_class_entry *wechatpay_ce_BuilderNode;
extern zend_class_entry *wechatpay_ce_Http_AbstractResponse;
extern zend_class_entry *wechatpay_ce_Http_AbstractStream;
extern zend_class_entry *wechatpay_ce_Exception_WeChatPayException;
extern zend_class_entry *wechatpay_ce_Exception_InvalidArgumentException;
extern zend_class_entry *wechatpay_ce_Exception_RequestException;
extern zend_class_entry *wechatpay_ce_Exception_BadResponseException;
extern zend_class_entry *wechatpay_ce_Exception_ClientException;
extern zend_class_entry *wechatpay_ce_Exception_ServerException;
extern zend_class_entry *wechatpay_ce_Exception_VerificationException;
extern zend_class_entry *wechatpay_ce_Exception_ConnectException;
extern zend_class_entry *wechatpay_ce_Crypto_Rsa;
extern zend_class_entry *wechatpay_ce_Promise;
extern zend_class_entry *wechatpay_ce_Pool;
extern zend_class_entry *wechatpay_ce_Exception_RejectionException;
extern zend_class_entry *wechatpay_ce_Exception_CancellationException;

/* Returns the process's HTTP engine, making it on first use; NULL with an exception thrown on failure. */
wxp_http_engine *php_wechatpay_engine(void);

#endif
