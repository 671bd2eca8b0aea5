/* The `failover` config key and call option, and what a call with it does after each attempt: move to the next
 * base URI when nothing reached the server, retry what is safe to send twice, avoid origins that failed to
 * connect for the whole process. The rules themselves are the core's (src/wxp_failover.h). */
#ifndef WECHATPAY_FAILOVER_H
#define WECHATPAY_FAILOVER_H

#include "php.h"
#include "wxp_http.h"

#define PHP_WECHATPAY_FAILOVER_DEFAULT_ORIGIN "https://api2.mch.weixin.qq.com"
#define PHP_WECHATPAY_FAILOVER_MAX_ORIGINS 8
#define PHP_WECHATPAY_FAILOVER_MAX_RETRIES 10
/* The most attempts a call makes: every origin once, and every retry. */
#define PHP_WECHATPAY_FAILOVER_MAX_ATTEMPTS (1 + PHP_WECHATPAY_FAILOVER_MAX_ORIGINS + PHP_WECHATPAY_FAILOVER_MAX_RETRIES)

/* The policy's settings (config, overridden per call). */
typedef struct php_wechatpay_failover {
    bool enabled;
    HashTable *origins;  /* the origins tried after base_uri's (strings, "scheme://host[:port]"; a reference),
                          * or NULL: api2.mch.weixin.qq.com when base_uri is WeChat's default, else none */
    zend_long retries;   /* extra attempts of a call safe to repeat, after a timeout or a 5xx */
    zend_long backoff_ms;/* wait before the first retry, doubled for each next, +-50% jitter */
    zend_long avoid_ms;  /* how long the process skips an origin that failed to connect */
    zend_long attempt_timeout_ms; /* the most one attempt may take, so a timed-out one leaves time to retry;
                                   * 0: the rest of the call's `timeout` */
} php_wechatpay_failover;

/* One attempt of a call, as getTransferInfo() lists it. */
typedef struct php_wechatpay_attempt {
    zend_string *origin;
    int curl_code;
    int status;
    double total;
} php_wechatpay_attempt;

/* Where a call is in its attempts. */
typedef struct php_wechatpay_attempts {
    uint32_t count;
    zend_string *base_origin; /* the origin of base_uri (origin 0), noted at the first attempt, or NULL */
    uint32_t origin;       /* index of the origin being tried: 0 base_uri's, then failover.origins */
    uint32_t tried;        /* bit i: origin i was tried */
    uint32_t retries_used;
    zend_long not_before_ms; /* php_wechatpay_now_ms() before which the next attempt must not start, or 0 */
    uint32_t next_origin;    /* what php_wechatpay_failover_next decided, for php_wechatpay_failover_apply_next */
    zend_long next_not_before_ms;
    php_wechatpay_attempt items[PHP_WECHATPAY_FAILOVER_MAX_ATTEMPTS];
} php_wechatpay_attempts;

struct php_wechatpay_call;

/* Sets the defaults: off, 1 retry, 0.2 s backoff, 30 s avoidance, the default origins. */
void php_wechatpay_failover_defaults(php_wechatpay_failover *failover);

/* Copies settings, taking a reference on the origins. */
void php_wechatpay_failover_copy(php_wechatpay_failover *dst, const php_wechatpay_failover *src);

/* Releases the origins of settings. */
void php_wechatpay_failover_dtor(php_wechatpay_failover *failover);

/* Applies a `failover` value: true (on), false (off), or an array of base_uris, retries, backoff, avoid,
 * attempt_timeout (turning it on); where ("Config" or "Option") starts each message. Returns FAILURE with an
 * InvalidArgumentException naming the bad key thrown. */
zend_result php_wechatpay_failover_apply(php_wechatpay_failover *failover, zval *value, const char *where);

/* Before a call's first attempt: when its base_uri's origin is being avoided, points the call at the first
 * origin that is not (nothing to re-sign: the signature covers the path, not the host). */
void php_wechatpay_failover_first(struct php_wechatpay_call *call);

/* After an attempt finished with result: records it, and returns true when the call is to be tried again
 * (then php_wechatpay_failover_apply_next, once the attempt was reported), false when result is the outcome.
 * Changes nothing the attempt's report shows; runs no PHP code. */
bool php_wechatpay_failover_next(struct php_wechatpay_call *call, const wxp_http_result *result);

/* Points the call at the origin php_wechatpay_failover_next chose, signs it anew and sets its backoff
 * (attempts.not_before_ms); the caller frees the exchange and queues it. Returns false when it could not be
 * signed (the last attempt is then the outcome). Runs no PHP code. */
bool php_wechatpay_failover_apply_next(struct php_wechatpay_call *call);

/* Puts getTransferInfo()'s `attempts` list (host, status, curl_code, total) into out (an array). */
void php_wechatpay_failover_attempts_info(const struct php_wechatpay_call *call, zval *out);

/* Releases what a call's attempts hold. */
void php_wechatpay_failover_attempts_dtor(php_wechatpay_attempts *attempts);

#endif
