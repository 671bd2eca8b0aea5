/* WeChatPay\Pool: the process-wide HTTP engine seen as a connection pool. Under PHP-FPM a worker serves many
 * requests; the engine, its idle connections, DNS answers and TLS sessions live across them unless
 * wechatpay.pool is Off, in which case the engine is freed at the end of each request. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "module/pool.h"
#include "module/pool_arginfo.h"
#include "client/transport.h" /* PHP_WECHATPAY_MAX_MAX_CONNECTIONS */
#include "http/exceptions.h"
#include "module/keycache.h"

#include "wxp_process.h"

zend_result php_wechatpay_pool_rinit(INIT_FUNC_ARGS)
{
    WECHATPAY_G(pool_request_counted) = false;
    if (WECHATPAY_G(engine) != NULL) {
        WECHATPAY_G(pool_requests)++;
        WECHATPAY_G(pool_request_counted) = true;
    }
    return SUCCESS;
}

void php_wechatpay_pool_engine_made(void)
{
    WECHATPAY_G(engine_pid) = (zend_long) wxp_process_id();
    if (!WECHATPAY_G(pool_request_counted)) {
        WECHATPAY_G(pool_requests)++;
        WECHATPAY_G(pool_request_counted) = true;
    }
}

/* Adds the counters of one engine to the sum; the settings are the INI's, not summed. */
static void add_counters(wxp_http_engine_stats *sum, const wxp_http_engine_stats *more)
{
    sum->transfers += more->transfers;
    sum->connections_opened += more->connections_opened;
    sum->connections_reused += more->connections_reused;
    sum->tls_handshakes += more->tls_handshakes;
}

void php_wechatpay_pool_check_fork(void)
{
    wxp_http_engine **kept;

    if (WECHATPAY_G(engine) == NULL || WECHATPAY_G(engine_pid) == (zend_long) wxp_process_id()) {
        return;
    }
    /* The engine, its connections (sockets and TLS state) and TLS sessions were copied by fork() from the
     * parent, which still uses them: writing on one would mix two processes' requests on one connection,
     * and freeing it would close or shut down the parent's connections. The child leaves it alone (kept
     * reachable, never freed; only what libcurl allocated before the fork) and makes its own engine. */
    wxp_http_engine_abandon(WECHATPAY_G(engine));
    kept = realloc(WECHATPAY_G(inherited_engines), (WECHATPAY_G(inherited_count) + 1) * sizeof(*kept));
    if (kept != NULL) {
        kept[WECHATPAY_G(inherited_count)++] = WECHATPAY_G(engine);
        WECHATPAY_G(inherited_engines) = kept;
    }
    WECHATPAY_G(engine) = NULL;
    /* The counters were the parent's. */
    memset(&WECHATPAY_G(pool_retired), 0, sizeof(WECHATPAY_G(pool_retired)));
    WECHATPAY_G(pool_requests) = 0;
    WECHATPAY_G(pool_request_counted) = false;
}

zend_result php_wechatpay_pool_rshutdown(SHUTDOWN_FUNC_ARGS)
{
    wxp_http_engine_stats last;

    php_wechatpay_pool_check_fork();
    if (WECHATPAY_G(pool) || WECHATPAY_G(engine) == NULL) {
        return SUCCESS;
    }
    wxp_http_engine_stats_of(WECHATPAY_G(engine), &last);
    add_counters(&WECHATPAY_G(pool_retired), &last);
    /* The User-Agent stays: it describes the process, not the engine. */
    wxp_http_engine_free(WECHATPAY_G(engine));
    WECHATPAY_G(engine) = NULL;
    return SUCCESS;
}

/* PHP ints are signed; counters this large never happen in one process, but never wrap negative either. */
static zend_long counter_as_long(unsigned long long n)
{
    return n > (unsigned long long) ZEND_LONG_MAX ? ZEND_LONG_MAX : (zend_long) n;
}

void php_wechatpay_pool_stats_array(zval *out)
{
    php_wechatpay_pool_check_fork();
    wxp_http_engine_stats sum = WECHATPAY_G(pool_retired);

    if (WECHATPAY_G(engine) != NULL) {
        wxp_http_engine_stats now;

        wxp_http_engine_stats_of(WECHATPAY_G(engine), &now);
        add_counters(&sum, &now);
    }
    array_init_size(out, 12);
    add_assoc_bool(out, "enabled", WECHATPAY_G(pool));
    add_assoc_long(out, "pid", (zend_long) wxp_process_id());
    add_assoc_long(out, "requests", WECHATPAY_G(pool_requests));
    add_assoc_long(out, "transfers", counter_as_long(sum.transfers));
    add_assoc_long(out, "connections_opened", counter_as_long(sum.connections_opened));
    add_assoc_long(out, "connections_reused", counter_as_long(sum.connections_reused));
    add_assoc_long(out, "tls_handshakes", counter_as_long(sum.tls_handshakes));
    add_assoc_long(out, "max_idle", WECHATPAY_G(pool_max_idle));
    add_assoc_long(out, "max_age", WECHATPAY_G(pool_max_age));
    /* The other thing a worker keeps between requests: parsed keys (keycache.h). */
    php_wechatpay_keycache_stats_into(out);
}

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

zend_class_entry *wechatpay_ce_Pool;

zend_result php_wechatpay_pool_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Pool = register_class_WeChatPay_Pool();
    return SUCCESS;
}

ZEND_METHOD(WeChatPay_Pool, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Pool, stats)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_wechatpay_pool_stats_array(return_value);
}
