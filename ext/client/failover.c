/* The `failover` settings and a call's attempts (see failover.h; the rules are src/wxp_failover's). */
#include "client/failover.h"
#include "client/call.h"
#include "client/transport.h"
#include "http/exceptions.h"
#include "module/globals.h"
#include "ext/random/php_random.h"
#include "wxp_failover.h"
#include "wxp_uri.h"

#include <math.h>

#define DEFAULT_RETRIES 1
#define DEFAULT_BACKOFF_MS 200
#define DEFAULT_AVOID_MS 30000
#define MAX_BACKOFF_S 60.0
#define MAX_AVOID_S 3600.0

void php_wechatpay_failover_defaults(php_wechatpay_failover *failover)
{
    memset(failover, 0, sizeof(*failover));
    failover->retries = DEFAULT_RETRIES;
    failover->backoff_ms = DEFAULT_BACKOFF_MS;
    failover->avoid_ms = DEFAULT_AVOID_MS;
}

void php_wechatpay_failover_copy(php_wechatpay_failover *dst, const php_wechatpay_failover *src)
{
    *dst = *src;
    if (dst->origins) {
        GC_ADDREF(dst->origins);
    }
}

void php_wechatpay_failover_dtor(php_wechatpay_failover *failover)
{
    if (failover->origins) {
        zend_array_release(failover->origins);
        failover->origins = NULL;
    }
}

/* Reads base_uris: a list of absolute http(s) URLs without a path (the call's path is kept), each kept as
 * its origin. */
static zend_result apply_origins(php_wechatpay_failover *failover, zval *value, const char *where)
{
    HashTable *origins;
    zval *item;

    if (Z_TYPE_P(value) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(value))
        || zend_hash_num_elements(Z_ARRVAL_P(value)) > PHP_WECHATPAY_FAILOVER_MAX_ORIGINS) {
        php_wechatpay_throw_invalid("%s 'failover' key 'base_uris' must be a list of at most %d base URIs", where,
                                    PHP_WECHATPAY_FAILOVER_MAX_ORIGINS);
        return FAILURE;
    }
    origins = zend_new_array(zend_hash_num_elements(Z_ARRVAL_P(value)));
    ZEND_HASH_FOREACH_VAL_IND(Z_ARRVAL_P(value), item) {
        size_t len;

        ZVAL_DEREF(item);
        len = Z_TYPE_P(item) == IS_STRING && wxp_header_value_is_safe(Z_STRVAL_P(item), Z_STRLEN_P(item))
            ? wxp_failover_origin_len(Z_STRVAL_P(item)) : 0;
        if (len == 0 || len <= sizeof("http://") - 1
            || (Z_STRLEN_P(item) != len && strcmp(Z_STRVAL_P(item) + len, "/") != 0)) {
            zend_array_release(origins);
            php_wechatpay_throw_invalid("%s 'failover' key 'base_uris' must hold absolute http:// or https:// URLs "
                                        "without a path (the call's path is kept), such as '%s/'", where,
                                        PHP_WECHATPAY_FAILOVER_DEFAULT_ORIGIN);
            return FAILURE;
        }
        {
            zval origin;

            ZVAL_STRINGL(&origin, Z_STRVAL_P(item), len);
            zend_hash_next_index_insert_new(origins, &origin);
        }
    } ZEND_HASH_FOREACH_END();
    php_wechatpay_failover_dtor(failover);
    failover->origins = origins;
    return SUCCESS;
}

/* Reads a number of seconds from 0 to max into milliseconds. */
static zend_result apply_seconds(zend_long *slot, zval *value, const char *where, const char *key, double max)
{
    double seconds = Z_TYPE_P(value) == IS_LONG ? (double) Z_LVAL_P(value)
                   : Z_TYPE_P(value) == IS_DOUBLE ? Z_DVAL_P(value) : -1; /* NAN is refused below too */

    if (!(seconds >= 0) || seconds > max) {
        php_wechatpay_throw_invalid("%s 'failover' key '%s' must be a number of seconds from 0 to %g", where, key,
                                    max);
        return FAILURE;
    }
    *slot = (zend_long) ceil(seconds * 1000.0);
    return SUCCESS;
}

zend_result php_wechatpay_failover_apply(php_wechatpay_failover *failover, zval *value, const char *where)
{
    zend_string *key;
    zval *item;

    if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
        failover->enabled = Z_TYPE_P(value) == IS_TRUE;
        return SUCCESS;
    }
    if (Z_TYPE_P(value) != IS_ARRAY) {
        php_wechatpay_throw_invalid("%s 'failover' must be true, false or an array (base_uris, retries, backoff, "
                                    "avoid, attempt_timeout), %s given", where, zend_zval_type_name(value));
        return FAILURE;
    }
    ZEND_HASH_FOREACH_STR_KEY_VAL_IND(Z_ARRVAL_P(value), key, item) {
        ZVAL_DEREF(item);
        if (key && zend_string_equals_literal(key, "base_uris")) {
            if (apply_origins(failover, item, where) == FAILURE) {
                return FAILURE;
            }
        } else if (key && zend_string_equals_literal(key, "retries")) {
            if (Z_TYPE_P(item) != IS_LONG || Z_LVAL_P(item) < 0 || Z_LVAL_P(item) > PHP_WECHATPAY_FAILOVER_MAX_RETRIES) {
                php_wechatpay_throw_invalid("%s 'failover' key 'retries' must be an integer from 0 to %d", where,
                                            PHP_WECHATPAY_FAILOVER_MAX_RETRIES);
                return FAILURE;
            }
            failover->retries = Z_LVAL_P(item);
        } else if (key && zend_string_equals_literal(key, "backoff")) {
            if (apply_seconds(&failover->backoff_ms, item, where, "backoff", MAX_BACKOFF_S) == FAILURE) {
                return FAILURE;
            }
        } else if (key && zend_string_equals_literal(key, "attempt_timeout")) {
            if (apply_seconds(&failover->attempt_timeout_ms, item, where, "attempt_timeout", 86400.0) == FAILURE) {
                return FAILURE;
            }
        } else if (key && zend_string_equals_literal(key, "avoid")) {
            if (apply_seconds(&failover->avoid_ms, item, where, "avoid", MAX_AVOID_S) == FAILURE) {
                return FAILURE;
            }
        } else {
            php_wechatpay_throw_invalid("%s 'failover' has an unknown key '%s' (known: base_uris, retries, backoff, "
                                        "avoid, attempt_timeout)", where, key ? ZSTR_VAL(key) : "(a number)");
            return FAILURE;
        }
    } ZEND_HASH_FOREACH_END();
    failover->enabled = true;
    return SUCCESS;
}

/* ---- A call's attempts ---- */

static struct wxp_failover_avoid *avoid_list(void)
{
    if (WECHATPAY_G(failover_avoid) == NULL) {
        WECHATPAY_G(failover_avoid) = wxp_failover_avoid_new(); /* NULL when out of memory: nothing avoided */
    }
    return WECHATPAY_G(failover_avoid);
}

static bool active(const php_wechatpay_call *call)
{
    /* The getDriver() stack's calls are signed by its own middleware, which a retry here would bypass. */
    return call->transport.failover.enabled && !call->unverified;
}

static uint32_t origin_count(const php_wechatpay_call *call)
{
    return 1 + (call->transport.failover.origins ? zend_hash_num_elements(call->transport.failover.origins) : 0);
}

/* The origin of index i (0: base_uri's, noted at the first attempt). */
static zend_string *origin_at(const php_wechatpay_call *call, uint32_t i)
{
    zval *found = i == 0 || call->transport.failover.origins == NULL ? NULL
        : zend_hash_index_find(call->transport.failover.origins, i - 1);

    return found ? Z_STR_P(found) : call->attempts.base_origin;
}

static bool origin_avoided(zend_string *origin)
{
    return wxp_failover_avoided(avoid_list(), ZSTR_VAL(origin), ZSTR_LEN(origin), php_wechatpay_now_ms());
}

/* Points the call's URL at origin, keeping its path and query. Returns 0 or -1 (out of memory). */
static int retarget(php_wechatpay_call *call, zend_string *origin)
{
    const char *url = wxp_buf_cstr(&call->url);
    size_t len = wxp_failover_origin_len(url);
    wxp_buf moved;

    wxp_buf_init(&moved);
    if (len == 0 || wxp_buf_append(&moved, ZSTR_VAL(origin), ZSTR_LEN(origin)) != 0
        || wxp_buf_append(&moved, url + len, call->url.len - len) != 0) {
        wxp_buf_free(&moved);
        return -1;
    }
    wxp_buf_free(&call->url);
    call->url = moved;
    return 0;
}

void php_wechatpay_failover_first(php_wechatpay_call *call)
{
    php_wechatpay_attempts *attempts = &call->attempts;
    uint32_t i, n;

    if (!active(call) || attempts->base_origin != NULL) {
        return;
    }
    attempts->base_origin = zend_string_init(wxp_buf_cstr(&call->url), wxp_failover_origin_len(wxp_buf_cstr(&call->url)), 0);
    attempts->tried = 1;
    if (call->transport.failover.origins == NULL
        && zend_string_equals_literal(call->transport.base_uri, PHP_WECHATPAY_DEFAULT_BASE_URI)) {
        zval backup; /* WeChat's documented backup domain */

        call->transport.failover.origins = zend_new_array(1);
        ZVAL_STRING(&backup, PHP_WECHATPAY_FAILOVER_DEFAULT_ORIGIN);
        zend_hash_next_index_insert_new(call->transport.failover.origins, &backup);
    }
    if (!origin_avoided(attempts->base_origin)) {
        return;
    }
    for (i = 1, n = origin_count(call); i < n; i++) {
        if (!origin_avoided(origin_at(call, i)) && retarget(call, origin_at(call, i)) == 0) {
            attempts->origin = i;
            attempts->tried |= 1u << i;
            return;
        }
    }
}

static void record(php_wechatpay_call *call, const wxp_http_result *result)
{
    php_wechatpay_attempts *attempts = &call->attempts;
    php_wechatpay_attempt *attempt;

    if (attempts->count == PHP_WECHATPAY_FAILOVER_MAX_ATTEMPTS) {
        return;
    }
    attempt = &attempts->items[attempts->count++];
    attempt->origin = zend_string_copy(origin_at(call, attempts->origin));
    attempt->curl_code = result->curl_code;
    attempt->status = result->curl_code == 0 ? result->head.status : 0;
    attempt->total = result->times.total;
}

/* The origin after the current one to try next: the first (in order, wrapping) that was not tried yet and is
 * not avoided when untried_only, else the first not avoided, else simply the next. */
static uint32_t next_origin(const php_wechatpay_call *call, bool untried_only, bool *found)
{
    uint32_t n = origin_count(call), step, i;

    for (step = 1; step <= n; step++) {
        i = (call->attempts.origin + step) % n;
        if ((!untried_only || !(call->attempts.tried & (1u << i))) && !origin_avoided(origin_at(call, i))) {
            *found = true;
            return i;
        }
    }
    *found = !untried_only;
    return (call->attempts.origin + 1) % n;
}

static double jitter_unit(void)
{
    uint32_t r = 0;

    (void) php_random_bytes_silent(&r, sizeof(r));
    return (double) r / 4294967296.0;
}

bool php_wechatpay_failover_next(php_wechatpay_call *call, const wxp_http_result *result)
{
    php_wechatpay_attempts *attempts = &call->attempts;
    const php_wechatpay_failover *failover = &call->transport.failover;
    wxp_failover_kind kind;
    zend_string *origin;
    const char *target;
    size_t target_len;
    zend_long wait = 0, now = php_wechatpay_now_ms();
    uint32_t next;
    bool found;

    if (!active(call) || attempts->base_origin == NULL) {
        return false;
    }
    record(call, result);
    origin = origin_at(call, attempts->origin);
    kind = wxp_failover_classify(result);
    if (result->curl_code == 0 && avoid_list()) { /* it answers again */
        wxp_failover_avoid_forget(avoid_list(), ZSTR_VAL(origin), ZSTR_LEN(origin));
    }
    if (kind == WXP_FAILOVER_FINAL) {
        return false;
    }
    if (kind == WXP_FAILOVER_NOT_SENT && failover->avoid_ms > 0 && avoid_list()) {
        wxp_failover_avoid_mark(avoid_list(), ZSTR_VAL(origin), ZSTR_LEN(origin), now + failover->avoid_ms);
    }
    if (kind == WXP_FAILOVER_REPEATABLE
        && (wxp_uri_request_target(wxp_buf_cstr(&call->url), &target, &target_len) != 0
            || !wxp_failover_repeatable(call->method, target, target_len))) {
        return false; /* it may have reached the server: never sent twice */
    }
    if (attempts->count == PHP_WECHATPAY_FAILOVER_MAX_ATTEMPTS) {
        return false;
    }
    next = kind == WXP_FAILOVER_NOT_SENT ? next_origin(call, true, &found) : 0;
    if (kind != WXP_FAILOVER_NOT_SENT || !found) {
        /* A retry proper: the server failed, or every origin was tried */
        if (attempts->retries_used >= (uint32_t) failover->retries) {
            return false;
        }
        next = next_origin(call, false, &found);
        wait = wxp_failover_backoff_ms(failover->backoff_ms, attempts->retries_used, jitter_unit());
        attempts->retries_used++;
    }
    if (now + wait >= call->deadline_ms) {
        return false; /* the call's timeout counts every attempt */
    }
    attempts->next_origin = next;
    attempts->next_not_before_ms = wait > 0 ? now + wait : 0;
    return true;
}

bool php_wechatpay_failover_apply_next(php_wechatpay_call *call)
{
    php_wechatpay_attempts *attempts = &call->attempts;

    if (retarget(call, origin_at(call, attempts->next_origin)) != 0
        || (!call->apiv2 && php_wechatpay_call_sign_finish(call, NULL) != 0)) { /* a new timestamp and nonce */
        return false;
    }
    attempts->origin = attempts->next_origin;
    attempts->tried |= 1u << attempts->next_origin;
    attempts->not_before_ms = attempts->next_not_before_ms;
    return true;
}

void php_wechatpay_failover_attempts_info(const php_wechatpay_call *call, zval *out)
{
    uint32_t i;

    array_init_size(out, call->attempts.count);
    for (i = 0; i < call->attempts.count; i++) {
        const php_wechatpay_attempt *attempt = &call->attempts.items[i];
        zval item;

        array_init_size(&item, 4);
        add_assoc_str(&item, "host", zend_string_copy(attempt->origin));
        add_assoc_long(&item, "status", attempt->status);
        add_assoc_long(&item, "curl_code", attempt->curl_code);
        add_assoc_double(&item, "total", attempt->total);
        add_next_index_zval(out, &item);
    }
}

void php_wechatpay_failover_attempts_dtor(php_wechatpay_attempts *attempts)
{
    uint32_t i;

    for (i = 0; i < attempts->count; i++) {
        zend_string_release(attempts->items[i].origin);
    }
    attempts->count = 0;
    if (attempts->base_origin) {
        zend_string_release(attempts->base_origin);
        attempts->base_origin = NULL;
    }
}
