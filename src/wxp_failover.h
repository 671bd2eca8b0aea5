/* The failover policy's plain rules: which failures may be tried again (and where), which requests are safe to
 * send twice, how long to back off, and the process's list of origins to avoid after they failed to connect. */
#ifndef WXP_FAILOVER_H
#define WXP_FAILOVER_H

#include <stddef.h>
#include "wxp_http.h"

/* What a finished attempt allows. */
typedef enum wxp_failover_kind {
    WXP_FAILOVER_FINAL,      /* an answer to keep (2xx, 3xx, 4xx) or a failure no retry helps */
    WXP_FAILOVER_NOT_SENT,   /* no request reached a server (DNS, connect, TLS handshake, connect timeout) */
    WXP_FAILOVER_REPEATABLE  /* the server may have seen the request (timeout after connecting, connection lost,
                              * or a 5xx answer): only a request safe to send twice is tried again */
} wxp_failover_kind;

/* Sorts a finished attempt's result by what the policy may do with it. */
wxp_failover_kind wxp_failover_classify(const wxp_http_result *result);

/* Returns 1 when a request may be sent twice by WeChat Pay's own rules (GET and HEAD; POST .../close of an
 * order, which WeChat answers the same however often it is closed), else 0. target: path and query. */
int wxp_failover_repeatable(const char *method, const char *target, size_t target_len);

/* Returns the wait before retry number retry (0 for the first): base_ms doubled retry times, scaled by
 * 0.5 + unit (unit in [0, 1): the jitter), at most 60 s. */
long wxp_failover_backoff_ms(long base_ms, unsigned retry, double unit);

/* Returns the length of the origin (scheme://authority) that starts an absolute http(s) URL, or 0. */
size_t wxp_failover_origin_len(const char *url);

/* The origins that failed to connect, each with the time until which calls skip it. */
typedef struct wxp_failover_avoid wxp_failover_avoid;

/* Makes an empty list (malloc'd: it lives as long as the process). Returns NULL when memory ran out. */
wxp_failover_avoid *wxp_failover_avoid_new(void);

/* Frees the list (NULL allowed). */
void wxp_failover_avoid_free(wxp_failover_avoid *avoid);

/* Notes that origin is to be skipped until until_ms (a later mark of the same origin replaces it; the list
 * keeps at most 64 origins, dropping the one whose time ends first). */
void wxp_failover_avoid_mark(wxp_failover_avoid *avoid, const char *origin, size_t len, long long until_ms);

/* Forgets origin (it answered). */
void wxp_failover_avoid_forget(wxp_failover_avoid *avoid, const char *origin, size_t len);

/* Returns 1 when origin is to be skipped at now_ms, else 0. */
int wxp_failover_avoided(const wxp_failover_avoid *avoid, const char *origin, size_t len, long long now_ms);

#endif
