/* The module globals: what the extension keeps per process (engine, key cache, INI) and per request (loop,
 * PSR-7 bridge, Rsa's key cache). Private to ext/; the structs behind the pointers belong to their units, so
 * including this header drags in neither libcurl's, OpenSSL's nor the loop's declarations. */
#ifndef WECHATPAY_MODULE_GLOBALS_H
#define WECHATPAY_MODULE_GLOBALS_H

#include "php.h"
#include "wxp_http.h" /* wxp_http_engine_stats: plain counters, no libcurl header */
#include "http/failure_classes.h" /* php_wechatpay_failure_family: class pointers only */

struct wxp_keycache;
struct wxp_certstore;
struct wxp_workers;
struct wxp_failover_avoid;
struct php_wechatpay_loop;

ZEND_BEGIN_MODULE_GLOBALS(wechatpay)
    /* The process's HTTP engine: made lazily in the worker (after any fork), freed at GSHUTDOWN, or at
     * RSHUTDOWN when wechatpay.pool is Off (module/pool.c). */
    struct wxp_http_engine *engine;
    /* INI settings (module/ini.c): wechatpay.pool, wechatpay.pool_max_idle, wechatpay.pool_max_age. */
    bool pool;
    zend_long pool_max_idle;
    zend_long pool_max_age;
    /* wechatpay.crypto_threads, and the worker threads it asks for (async/crypto_pool.c): made at the first
     * async call of the process that made them (workers_pid), freed at MSHUTDOWN; a forked child abandons
     * its parent's (kept reachable in workers_abandoned) and makes its own. */
    zend_long crypto_threads;
    struct wxp_workers *workers;
    zend_long workers_pid;
    struct wxp_workers *workers_abandoned;
    /* WeChatPay\Pool's bookkeeping (module/pool.c): requests served with the engine alive, whether this
     * request is counted yet, and the counters of engines already freed (wechatpay.pool=Off frees one per
     * request). */
    zend_long pool_requests;
    bool pool_request_counted;
    wxp_http_engine_stats pool_retired;
    /* The process that made the engine: a child of fork() finds another pid and leaves the engine it copied
     * to the parent (module/pool.c), kept reachable here, never touched through libcurl again. */
    zend_long engine_pid;
    struct wxp_http_engine **inherited_engines;
    size_t inherited_count;
    /* The whole User-Agent, `wechatpay-ext/<v> curl/<v> (<os>/<release>) PHP/<v>`; made with the first
     * engine and kept for the process (an engine freed at RSHUTDOWN leaves it). */
    zend_string *user_agent;
    /* Parsed keys and certificates by content digest (module/keycache.h): made on first use, freed at
     * GSHUTDOWN. */
    struct wxp_keycache *keycache;
    /* Platform certificates fetched from /v3/certificates, per merchant (client/autocerts.h): made on first use,
     * freed at GSHUTDOWN; wechatpay.certs_refresh and wechatpay.certs_min_interval rule their fetches. */
    struct wxp_certstore *certstore;
    zend_long certs_refresh;
    zend_long certs_min_interval;
    /* The origins the `failover` policy skips after they failed to connect, for every request of the process
     * (client/failover.h): made on first use, freed at GSHUTDOWN. */
    struct wxp_failover_avoid *failover_avoid;
    /* The per-request PSR-7 bridge classes (http/psr_bridge.h); NULL until the first response of a request. */
    zend_class_entry *psr_response_ce;
    zend_class_entry *psr_stream_ce;
    zend_class_entry *psr_resource_stream_ce; /* declared at the first sink body of a request */
    bool psr_declaring;  /* the bridge is being declared (its autoloads run PHP code): no nested declaring */
    /* The classes the request's failures and rejections are made of (http/failure_classes.h): all NULL until
     * its first failure; the resolving flags refuse a nested resolution from the loaders it runs. */
    php_wechatpay_failure_family failure_classes;
    bool failure_resolving;
    zend_class_entry *rejection_ce[2];  /* rejection, cancellation */
    bool rejection_resolving;
    /* The class of the request's promises (async/promise_class.h): NULL until decided, at the first promise
     * of a request that finds Guzzle's PromiseInterface loaded or loadable. */
    zend_class_entry *promise_ce;
    bool promise_guzzle_looked_up; /* Guzzle's interface was looked up (autoloading) this request */
    bool promise_declaring;        /* it is being looked up (autoloaders run PHP code): no nested lookup */
    /* The request's promise queue and transfers in flight (async/loop.h): allocated at GINIT, emptied at
     * RSHUTDOWN, freed at GSHUTDOWN. */
    struct php_wechatpay_loop *loop;
    /* WeChatPay\Crypto\Rsa's parsed keys, weakly keyed by their OpenSSLAsymmetricKey or OpenSSLCertificate
     * object (helpers/crypto_rsa.c); NULL until first use, dropped at RSHUTDOWN, closed from then until
     * RINIT. */
    HashTable *rsa_keys;
    bool rsa_keys_closed;
ZEND_END_MODULE_GLOBALS(wechatpay)

ZEND_EXTERN_MODULE_GLOBALS(wechatpay)
#define WECHATPAY_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(wechatpay, v)

#if defined(ZTS) && defined(COMPILE_DL_WECHATPAY)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
