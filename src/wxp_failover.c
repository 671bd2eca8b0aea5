/* The failover policy's plain rules (see wxp_failover.h). */
#include "wxp_failover.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* libcurl's codes, by number: this file knows nothing of libcurl's headers. */
#define E_COULDNT_RESOLVE_PROXY 5
#define E_COULDNT_RESOLVE_HOST 6
#define E_COULDNT_CONNECT 7
#define E_OPERATION_TIMEDOUT 28
#define E_SSL_CONNECT_ERROR 35
#define E_GOT_NOTHING 52
#define E_SEND_ERROR 55
#define E_RECV_ERROR 56

#define AVOID_MAX 64
#define BACKOFF_MAX_MS 60000L

wxp_failover_kind wxp_failover_classify(const wxp_http_result *result)
{
    switch (result->curl_code) {
    case 0:
        return result->head.status >= 500 && result->head.status <= 599 ? WXP_FAILOVER_REPEATABLE
                                                                         : WXP_FAILOVER_FINAL;
    case E_COULDNT_RESOLVE_PROXY:
    case E_COULDNT_RESOLVE_HOST:
    case E_COULDNT_CONNECT:
    case E_SSL_CONNECT_ERROR:
        return WXP_FAILOVER_NOT_SENT;
    case E_OPERATION_TIMEDOUT:
        /* No TCP connection made: the connect timed out, nothing was sent. Over TLS, a handshake that had not
         * finished sent nothing either. */
        if (result->primary_port == 0 || result->times.connect <= 0) {
            return WXP_FAILOVER_NOT_SENT;
        }
        return WXP_FAILOVER_REPEATABLE;
    case E_GOT_NOTHING:
    case E_SEND_ERROR:
    case E_RECV_ERROR:
        return WXP_FAILOVER_REPEATABLE;
    default:
        return WXP_FAILOVER_FINAL;
    }
}

/* Whether path ends in "/close" under /v3/pay/transactions/ or /v3/pay/partner/transactions/ (closing an
 * order by out_trade_no: WeChat answers 204 for an order already closed). */
static int is_close_order(const char *target, size_t len)
{
    static const char *const prefixes[] = {"/v3/pay/transactions/out-trade-no/",
                                           "/v3/pay/partner/transactions/out-trade-no/"};
    const char *query = memchr(target, '?', len);
    size_t path_len = query ? (size_t) (query - target) : len, i;

    if (path_len < 6 || memcmp(target + path_len - 6, "/close", 6) != 0) {
        return 0;
    }
    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
        size_t plen = strlen(prefixes[i]);

        if (path_len > plen + 6 && memcmp(target, prefixes[i], plen) == 0
            && memchr(target + plen, '/', path_len - plen - 6) == NULL) {
            return 1;
        }
    }
    return 0;
}

int wxp_failover_repeatable(const char *method, const char *target, size_t target_len)
{
    if (strcasecmp(method, "GET") == 0 || strcasecmp(method, "HEAD") == 0) {
        return 1;
    }
    return strcasecmp(method, "POST") == 0 && is_close_order(target, target_len);
}

long wxp_failover_backoff_ms(long base_ms, unsigned retry, double unit)
{
    double wait = (double) base_ms;

    while (retry-- > 0 && wait < (double) BACKOFF_MAX_MS) {
        wait *= 2;
    }
    if (unit < 0 || unit >= 1) {
        unit = 0.5;
    }
    wait *= 0.5 + unit;
    return wait > (double) BACKOFF_MAX_MS ? BACKOFF_MAX_MS : (long) wait;
}

size_t wxp_failover_origin_len(const char *url)
{
    const char *rest;

    if (strncasecmp(url, "https://", 8) == 0) {
        rest = url + 8;
    } else if (strncasecmp(url, "http://", 7) == 0) {
        rest = url + 7;
    } else {
        return 0;
    }
    rest += strcspn(rest, "/?#");
    return (size_t) (rest - url);
}

typedef struct avoid_entry {
    char *origin;
    size_t len;
    long long until_ms;
} avoid_entry;

struct wxp_failover_avoid {
    avoid_entry items[AVOID_MAX];
    size_t count;
};

wxp_failover_avoid *wxp_failover_avoid_new(void)
{
    return calloc(1, sizeof(wxp_failover_avoid));
}

void wxp_failover_avoid_free(wxp_failover_avoid *avoid)
{
    size_t i;

    if (avoid == NULL) {
        return;
    }
    for (i = 0; i < avoid->count; i++) {
        free(avoid->items[i].origin);
    }
    free(avoid);
}

static avoid_entry *avoid_find(const wxp_failover_avoid *avoid, const char *origin, size_t len)
{
    size_t i;

    for (i = 0; i < avoid->count; i++) {
        if (avoid->items[i].len == len && strncasecmp(avoid->items[i].origin, origin, len) == 0) {
            return (avoid_entry *) &avoid->items[i];
        }
    }
    return NULL;
}

void wxp_failover_avoid_mark(wxp_failover_avoid *avoid, const char *origin, size_t len, long long until_ms)
{
    avoid_entry *entry = avoid_find(avoid, origin, len);
    char *copy;
    size_t i;

    if (entry) {
        entry->until_ms = until_ms;
        return;
    }
    copy = malloc(len + 1);
    if (copy == NULL) {
        return; /* not avoided: the next call only pays one more failed connect */
    }
    memcpy(copy, origin, len);
    copy[len] = '\0';
    if (avoid->count == AVOID_MAX) {
        entry = &avoid->items[0];
        for (i = 1; i < avoid->count; i++) {
            if (avoid->items[i].until_ms < entry->until_ms) {
                entry = &avoid->items[i];
            }
        }
        free(entry->origin);
    } else {
        entry = &avoid->items[avoid->count++];
    }
    entry->origin = copy;
    entry->len = len;
    entry->until_ms = until_ms;
}

void wxp_failover_avoid_forget(wxp_failover_avoid *avoid, const char *origin, size_t len)
{
    avoid_entry *entry = avoid_find(avoid, origin, len);

    if (entry) {
        free(entry->origin);
        *entry = avoid->items[--avoid->count];
    }
}

int wxp_failover_avoided(const wxp_failover_avoid *avoid, const char *origin, size_t len, long long now_ms)
{
    const avoid_entry *entry = avoid ? avoid_find(avoid, origin, len) : NULL;

    return entry != NULL && entry->until_ms > now_ms;
}
