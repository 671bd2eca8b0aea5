/* One API call: options read and checked into an exact request (URL, headers, body, signature), then the
 * finished transfer turned into a verified response or the exception that says what went wrong. */
#ifndef WECHATPAY_CALL_H
#define WECHATPAY_CALL_H

#include "php.h"
#include "client/client.h"
#include "wxp_buf.h"
#include "wxp_headers.h"
#include "wxp_http.h"
#include "wxp_crypto_jobs.h"
#include "support/php_call.h"
#include "client/call_progress.h"

/* The request headers every call starts from (the getDriver() client's defaults too), before the config's. */
#define PHP_WECHATPAY_DEFAULT_ACCEPT "application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5"
#define PHP_WECHATPAY_DEFAULT_CONTENT_TYPE "application/json; charset=utf-8"

/* What reads a verified 2xx body spooled to disk, in place of a `sink` (helpers/bill.c: a bill streamed through
 * gunzip and SHA-1 to its destination). read() may run PHP code; it returns true, or false with the call's
 * outcome (an exception; it may carry response, the answer without its body) made in *value. */
struct php_wechatpay_call;
typedef struct php_wechatpay_spool_reader php_wechatpay_spool_reader;
struct php_wechatpay_spool_reader {
    bool (*read)(php_wechatpay_spool_reader *self, const struct php_wechatpay_call *call,
                 const wxp_http_result *result, zval *response, zval *value);
};

typedef struct php_wechatpay_call {
    const char *method;               /* "GET", "PUT", "POST", "PATCH" or "DELETE" (static), or method_owned's */
    zend_string *method_owned;        /* a PSR-7 request's method (php_wechatpay_call_prepare_sent), or NULL */
    bool unverified;                  /* the driver's engine handler: any answer is the outcome, unverified and
                                       * unclassified (the stack's verifier and http_errors middleware do it) */
    php_wechatpay_client *client;     /* one reference: its keyring verifies the answer */
    php_wechatpay_transport transport;
    wxp_buf url;                      /* absolute URL, exactly as sent */
    zend_string *body;                /* exact bytes sent (and signed, unless signed_body is set), or NULL */
    zend_string *signed_body;         /* what the signature covers instead of body, or NULL: a media upload's
                                       * meta JSON (the `body` option was a MediaUtil stream) */
    zend_string *content_type;        /* the Content-Type the body asks for instead of the JSON default, or NULL */
    zend_string *sensitive_serial;    /* the key the body's WeChatPay\Sensitive values were encrypted under,
                                       * which Wechatpay-Serial must name (helpers/sensitive.h), or NULL */
    wxp_header_list headers;          /* every request header, Authorization last */
    zend_long deadline_ms;            /* php_wechatpay_now_ms() when the call's timeout runs out: it counts from
                                       * when the call was made, reading the body and queueing included */
    php_wechatpay_callable on_stats;  /* the `on_stats` option, or none */
    zval debug;                       /* the `debug` option: UNDEF (none), true (STDERR) or a stream resource */
    zval sink;                        /* the `sink` option: UNDEF (none), a path, a stream resource or a
                                       * StreamInterface (see call_sink.h) */
    php_wechatpay_progress progress;  /* the `progress` option (client/call_progress.h) */
    php_wechatpay_spool_reader *spool_reader; /* NULL, or what reads a 2xx body spooled for it instead of a
                                               * sink; not owned (a sync caller's frame holds it) */
    time_t signed_at;                 /* the signature's timestamp */
    bool sign_deferred;               /* prepared without Authorization yet: a worker thread signs it
                                       * (php_wechatpay_call_sign_job); nothing may be sent before */
    bool apiv2;                       /* an APIv2 call (its path began with v2/): XML signed with the secret,
                                       * answered per call_v2.h, never RSA-signed or -verified */
    bool security;                    /* the `security` option: present the client's merchant certificate */
    php_wechatpay_attempts attempts;  /* what the `failover` policy tried so far (client/failover.h) */
} php_wechatpay_call;

/* Returns milliseconds of a monotonic clock (for call deadlines). */
zend_long php_wechatpay_now_ms(void);

/* Reads options (placeholders, query, json, body, headers, base_uri, timeout, connect_timeout, verify,
 * proxy, http_errors, on_stats, debug, sink, progress; other Guzzle options refused) for a call of method on
 * node and signs it. Returns FAILURE with an InvalidArgumentException thrown, nothing sent, and call left safe
 * to destroy. */
zend_result php_wechatpay_call_prepare(php_wechatpay_call *call, zend_object *node, const char *method,
                                       HashTable *options);

/* php_wechatpay_call_prepare() of method on path (a URI template) from the root of client's tree: what a helper
 * class calls on the app's client (Certificates::download(), Bill::download(), the automatic certificates),
 * whatever node of the tree the app passed. Returns FAILURE with an exception thrown and call left safe to
 * destroy. */
zend_result php_wechatpay_call_prepare_from_root(php_wechatpay_call *call, php_wechatpay_client *client,
                                                 const char *method, const char *path, HashTable *options);

/* php_wechatpay_call_prepare() for an async call: with wechatpay.crypto_threads on, the signature is left to
 * a worker thread (sign_deferred set; php_wechatpay_call_sign_job), everything else is done and checked. */
zend_result php_wechatpay_call_prepare_async(php_wechatpay_call *call, zend_object *node, const char *method,
                                             HashTable *options);

/* Makes the job that signs a call prepared with sign_deferred, named tag (its bytes copied: the call may go
 * meanwhile). Returns NULL when memory ran out. */
wxp_sign_job *php_wechatpay_call_sign_job(const php_wechatpay_call *call, uint64_t tag);

/* Puts the signature a worker made (job run) into call, or, with job NULL, signs on this thread. Returns 0,
 * or -1 when signing failed (job->err says why) or memory ran out. Throws nothing. */
int php_wechatpay_call_sign_finish(php_wechatpay_call *call, const wxp_sign_job *job);

/* Reads a request the getDriver() stack made (method, absolute URL, headers as a `headers` array, body as
 * a PSR-7 stream or string, or NULL) and the transport options its handler got (timeout, connect_timeout,
 * verify, proxy, max_connections, max_response_size, on_stats, debug, sink, progress; other Guzzle options the
 * caller refused or removed) into an unsigned, unverified call of client. Returns FAILURE with an
 * InvalidArgumentException thrown, nothing sent, and call left safe to destroy. */
zend_result php_wechatpay_call_prepare_sent(php_wechatpay_call *call, php_wechatpay_client *client,
                                            zend_string *method, zend_string *url, zval *headers, zval *body,
                                            HashTable *options);

/* Expands a node's URI template with a call's options (its top-level keys), as the chain's verbs do, into out
 * (relative, unresolved). Returns FAILURE with an InvalidArgumentException thrown. */
zend_result php_wechatpay_call_expand(zend_string *uri_template, HashTable *options, wxp_buf *out);

/* Reads option name of options into out (which holds none before) when it is callable; absent or null is
 * none. Returns FAILURE with an InvalidArgumentException naming the option thrown when it is not callable. */
zend_result php_wechatpay_call_callable_option(php_wechatpay_callable *out, HashTable *options, const char *name);

/* Fills req with views into call (valid while call lives). */
void php_wechatpay_call_request(const php_wechatpay_call *call, wxp_http_request *req);

/* Starts the transfer of a prepared call on engine. Returns the exchange, or NULL with err set. */
wxp_http_exchange *php_wechatpay_call_start(const php_wechatpay_call *call, wxp_http_engine *engine,
                                            wxp_http_done_fn on_done, void *user, wxp_err *err);

/* Turns a finished transfer into the outcome: returns true with the verified response in value, or false
 * with the exception (ConnectException, VerificationException, ClientException, ...) in value. verdict:
 * what a worker thread's verification concluded (php_wechatpay_call_verify_job), or NULL to verify here. Making the
 * response may run PHP code (the app's autoloader, at a request's first response): when that code called
 * exit(), returns false with value UNDEF and the exit left unwinding. */
bool php_wechatpay_call_settle(const php_wechatpay_call *call, const wxp_http_result *result,
                               const wxp_verify_job *verdict, zval *value);

/* Makes the job that verifies result on a worker thread (its bytes copied), named tag, when settle would
 * verify it and the plain case holds (body in memory, every Wechatpay-* header, a known serial); NULL: it is
 * verified on this thread by settle (or needs no verification). The job's verdict goes to settle. */
wxp_verify_job *php_wechatpay_call_verify_job(const php_wechatpay_call *call, const wxp_http_result *result,
                                              uint64_t tag);

/* Reports a finished transfer (result NULL when it never ran) with its outcome (as php_wechatpay_call_settle
 * made it): writes its `debug` trace, then calls its `on_stats` callable. May run any PHP code, so the caller
 * holds the transfer as loop.h's ownership rules say. Returns fulfilled, or false with outcome replaced by
 * what the callable threw (the call fails with it, as with Guzzle); with exit() unwinding, outcome is UNDEF. */
bool php_wechatpay_call_report(const php_wechatpay_call *call, const wxp_http_result *result, bool fulfilled,
                                     zval *outcome);

/* Releases everything call holds. */
void php_wechatpay_call_dtor(php_wechatpay_call *call);

#endif
