#include "wxp_http.h"
#include "wxp_trace.h"

#include <sys/stat.h>
#include <time.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <curl/curl.h>
#include <openssl/crypto.h>

#define WXP_DEFAULT_MAX_HOST_CONNECTIONS 16L
/* WeChat Pay drops idle keep-alive connections after 8 s: one idle for 7 s or more is not reused. */
#define WXP_DEFAULT_MAX_IDLE_SECONDS 7L
/* Upper bound of one poll inside wxp_http_wait; libcurl shortens it to its own next timer anyway. */
#define WXP_WAIT_SLICE_MS 1000L

/* Easy handles kept for reuse: curl_easy_init() + cleanup per call cost more than keeping them. */
#define WXP_IDLE_EASY_MAX 32

/* An idle easy handle and what its options hold. A handle whose last transfer set only the options every
 * transfer sets (a GET with no CA file, proxy or trace) keeps its engine-wide options, and the next transfer
 * sets only its own (wxp_set_request_options); any other handle is reset (curl_easy_reset) and set up again,
 * so no option of an earlier request leaks into a later one. */
typedef struct wxp_idle_easy {
    CURL *easy;
    int configured; /* 1: the engine-wide options are set and nothing else sticks from its last transfer */
} wxp_idle_easy;

struct wxp_http_engine {
    CURLM *multi;
    /* DNS answers and TLS sessions, shared by every easy handle: without it each pooled easy handle keeps
     * its own session cache, so a new connection made on another handle than the last one could not resume
     * the session (tests/phpt/pool/tls_session_resumed.phpt). Never cookies: no cookie engine is ever
     * enabled. The engine is used by one thread only (PHP NTS, or one per thread under ZTS), so the share
     * needs no lock callbacks. */
    CURLSH *share;
    /* Set in a forked child for the engine it inherited (wxp_http_engine_abandon): its sockets and TLS
     * sessions are the parent's, so libcurl is never called on it again. */
    int abandoned;
    long max_idle_seconds;
    long idle_cache_ceiling;          /* the most idle_cache_limit may grow to (stats.idle_cache_limit) */
    size_t unperformed;               /* transfers started since the last curl_multi_perform */
    wxp_http_engine_stats stats;
    wxp_idle_easy idle_easy[WXP_IDLE_EASY_MAX];
    size_t idle_easy_count;
    wxp_http_exchange *running_first; /* exchanges in the multi handle, doubly linked */
    size_t running;
    int wake_fd;                      /* also ends a drive's wait when readable (wxp_http_set_wake_fd), or -1 */
};

struct wxp_http_exchange {
    /* Set while the transfer runs (it is in engine->multi); NULL once done, so a finished exchange
     * outlives its engine and can be freed afterwards. */
    wxp_http_engine *engine;
    wxp_http_exchange *prev, *next;

    CURL *easy;
    int easy_configured;              /* the handle came with the engine-wide options set */
    int easy_sticky;                  /* this transfer set options beyond the ones every transfer sets */
    struct curl_slist *header_lines;
    char *body;                       /* the exchange's own copy of the request body */
    char *client_key;                 /* its own copy of the request's client key (libcurl reads it uncopied),
                                       * wiped when freed; NULL without one */
    size_t client_key_len;
    const char *local_error;          /* our reason for aborting from a callback, or NULL */
    char local_reason[160];           /* local_error when it had to be formatted */
    int had_connection;               /* a connection (new or reused) was ready to carry the request */
    size_t max_response_size;         /* bytes the answer may hold: its header lines and body together */
    size_t head_bytes;                /* header bytes received so far (every head: 1xx, trailers too) */
    int expects_body;                 /* 0 for HEAD, whose answer's Content-Length describes no body */
    int too_large;                    /* the answer went over max_response_size: refused */
    char *spool_dir;                  /* the request's spool_dir (own copy), or NULL */
    size_t max_spooled_size;          /* the request's, 0 for no bound */
    int trace_full;                   /* the trace reached its bound (wxp_trace_append) */

    wxp_http_done_fn on_done;
    void *user;
    int done;
    wxp_http_result result;
    wxp_http_progress final_progress; /* the byte counters as the transfer finished (its easy handle goes) */
    long long started_ms;             /* monotonic start of the transfer */
    long long deadline_ms;            /* when the whole-transfer timeout expires, or 0 */
};

/* libcurl writes its reason straight into the result (CURLOPT_ERRORBUFFER). */
_Static_assert(sizeof(((wxp_http_result *) 0)->error) >= CURL_ERROR_SIZE, "result.error is libcurl's error buffer");
/* An exchange is allocated per transfer: below 1 KiB, glibc's malloc serves it from its small bins, where a
 * larger request first consolidates every free fast-bin chunk (about 6,000 instructions a call here). */
_Static_assert(sizeof(struct wxp_http_exchange) <= 1000, "a transfer's exchange stays a small allocation");

/* Milliseconds of the monotonic clock. */
static long long wxp_now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int wxp_http_fail(wxp_err *err, wxp_code code, const char *what, const char *why)
{
    if (err == NULL) {
        return -1;
    }
    return wxp_err_set(err, code, "%s: %s", what, why);
}

/* ---- Process-wide ---- */

int wxp_http_global_init(void)
{
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? 0 : -1;
}

void wxp_http_global_cleanup(void)
{
    curl_global_cleanup();
}

int wxp_http_user_agent_suffix(wxp_buf *out)
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    struct utsname host;

    if (uname(&host) != 0) {
        return wxp_buf_printf(out, "curl/%s", info->version);
    }
    return wxp_buf_printf(out, "curl/%s (%s/%s)", info->version, host.sysname, host.release);
}

/* ---- Engine ---- */

/* Makes the engine's share handle: DNS cache and TLS session cache, nothing else. Returns 0 or -1. */
static int wxp_engine_share_new(wxp_http_engine *engine, wxp_err *err)
{
    CURLSHcode sc;

    engine->share = curl_share_init();
    if (engine->share == NULL) {
        return wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine", "curl_share_init failed");
    }
    sc = curl_share_setopt(engine->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
    if (sc == CURLSHE_OK) {
        sc = curl_share_setopt(engine->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    }
    if (sc != CURLSHE_OK) {
        curl_share_cleanup(engine->share);
        engine->share = NULL;
        return wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine", curl_share_strerror(sc));
    }
    return 0;
}

wxp_http_engine *wxp_http_engine_new(const wxp_http_engine_options *opts, wxp_err *err)
{
    long max_host = WXP_DEFAULT_MAX_HOST_CONNECTIONS, max_idle;
    wxp_http_engine *engine;
    CURLMcode mc;

    if (opts != NULL && opts->max_host_connections > 0) {
        max_host = opts->max_host_connections;
    }
    max_idle = opts != NULL && opts->max_idle_connections > 0 ? opts->max_idle_connections : max_host;
    engine = calloc(1, sizeof(*engine));
    if (engine == NULL) {
        wxp_http_fail(err, WXP_E_NOMEM, "HTTP engine", "out of memory");
        return NULL;
    }
    engine->wake_fd = -1;
    engine->max_idle_seconds = WXP_DEFAULT_MAX_IDLE_SECONDS;
    if (opts != NULL && opts->max_idle_seconds > 0) {
        engine->max_idle_seconds = opts->max_idle_seconds;
    }
    engine->stats.max_idle_seconds = engine->max_idle_seconds;
    engine->stats.max_idle_connections = max_idle;
    engine->stats.idle_cache_limit = max_idle;
    engine->idle_cache_ceiling = max_idle > max_host ? max_idle : max_host;
    if (wxp_engine_share_new(engine, err) != 0) {
        free(engine);
        return NULL;
    }
    engine->multi = curl_multi_init();
    if (engine->multi == NULL) {
        curl_share_cleanup(engine->share);
        free(engine);
        wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine", "curl_multi_init failed");
        return NULL;
    }
    /* Beyond the limit, transfers wait in libcurl's pending queue instead of opening more sockets. */
    mc = curl_multi_setopt(engine->multi, CURLMOPT_MAX_HOST_CONNECTIONS, max_host);
    if (mc == CURLM_OK) {
        mc = curl_multi_setopt(engine->multi, CURLMOPT_PIPELINING, (long) CURLPIPE_NOTHING);
    }
    /* libcurl's default cache limit is 4 x the easy handles attached when a connection goes idle, so it
     * shrinks as a burst drains and closes connections the next burst would reuse; a limit that only grows
     * (wxp_engine_fit_idle_cache) keeps room for a burst instead. */
    if (mc == CURLM_OK) {
        mc = curl_multi_setopt(engine->multi, CURLMOPT_MAXCONNECTS, max_idle);
    }
    if (mc != CURLM_OK) {
        curl_multi_cleanup(engine->multi);
        curl_share_cleanup(engine->share);
        free(engine);
        wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine", curl_multi_strerror(mc));
        return NULL;
    }
    return engine;
}


/* Raises the connection cache's limit to the transfers now running, up to its ceiling. libcurl's limit counts
 * every connection, busy or idle, and closes one each time a transfer ends while over it: a limit below a
 * burst's connections closed the surplus as the burst drained, and the next burst opened them again (each a
 * TLS handshake on https). Connections kept this way still go after max_idle_seconds, so a limit that never
 * shrinks costs nothing once the burst is over. */
static void wxp_engine_fit_idle_cache(wxp_http_engine *engine)
{
    long in_use = (long) engine->running;
    long limit = in_use < engine->idle_cache_ceiling ? in_use : engine->idle_cache_ceiling;

    if (limit > engine->stats.idle_cache_limit
        && curl_multi_setopt(engine->multi, CURLMOPT_MAXCONNECTS, limit) == CURLM_OK) {
        engine->stats.idle_cache_limit = limit;
    }
}

static void wxp_engine_link(wxp_http_engine *engine, wxp_http_exchange *ex)
{
    ex->engine = engine;
    ex->prev = NULL;
    ex->next = engine->running_first;
    if (engine->running_first != NULL) {
        engine->running_first->prev = ex;
    }
    engine->running_first = ex;
    engine->running++;
}

static void wxp_engine_unlink(wxp_http_exchange *ex)
{
    wxp_http_engine *engine = ex->engine;

    if (ex->prev != NULL) {
        ex->prev->next = ex->next;
    } else {
        engine->running_first = ex->next;
    }
    if (ex->next != NULL) {
        ex->next->prev = ex->prev;
    }
    ex->prev = ex->next = NULL;
    ex->engine = NULL;
    engine->running--;
}

/* Gives ex an easy handle: the engine's last idle one, or a fresh one. Returns 0, or -1 when libcurl has none. */
static int wxp_engine_take_easy(wxp_http_engine *engine, wxp_http_exchange *ex)
{
    if (engine->idle_easy_count > 0) {
        const wxp_idle_easy *idle = &engine->idle_easy[--engine->idle_easy_count];

        ex->easy = idle->easy;
        ex->easy_configured = idle->configured;
        return 0;
    }
    ex->easy = curl_easy_init();
    ex->easy_configured = 0;
    return ex->easy != NULL ? 0 : -1;
}

/* The system error libcurl recorded on easy, 0 when none. */
static long wxp_easy_os_errno(CURL *easy)
{
    long os_errno = 0;

    return curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno) == CURLE_OK ? os_errno : 0;
}

/* Keeps the easy handle of ex, a completed transfer, for the next one, or frees it. A handle holding a
 * system error is freed: libcurl 7.88 keeps CURLINFO_OS_ERRNO across transfers and curl_easy_reset (8.8
 * clears it per transfer), so the next transfer would report that stale reason, and libcurl itself would read
 * a stale ETIMEDOUT as a connect timeout. Every transfer thus starts with no system error recorded. A handle
 * that carried options beyond the ones every transfer sets is reset to libcurl's defaults; the others keep
 * their options, less the two pointers into ex (its header list and error buffer go with it). */
static void wxp_engine_give_easy(wxp_http_engine *engine, wxp_http_exchange *ex)
{
    CURL *easy = ex->easy;
    wxp_idle_easy *idle;

    if (engine->idle_easy_count >= WXP_IDLE_EASY_MAX || wxp_easy_os_errno(easy) != 0) {
        curl_easy_cleanup(easy);
        return;
    }
    idle = &engine->idle_easy[engine->idle_easy_count++];
    idle->easy = easy;
    idle->configured = ex->easy_configured && !ex->easy_sticky;
    if (idle->configured) {
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, (char *) NULL);
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, (struct curl_slist *) NULL);
    } else {
        curl_easy_reset(easy);
    }
}

void wxp_http_engine_stats_of(const wxp_http_engine *engine, wxp_http_engine_stats *out)
{
    *out = engine->stats;
}

size_t wxp_http_running(const wxp_http_engine *engine)
{
    return engine->running;
}

/* ---- libcurl callbacks: they only collect bytes, never call back into the caller ---- */

/* Aborts the transfer from a callback because the answer is larger than limit allows (max_response_size, or
 * max_spooled_size for a spooled body); returns what the callback returns for that (anything but the length
 * it was given makes libcurl fail with CURLE_WRITE_ERROR). */
static size_t wxp_refuse_too_large(wxp_http_exchange *ex, size_t content_length, size_t limit)
{
    int spooled = ex->result.spool.fd >= 0;

    if (content_length > 0 && spooled) {
        snprintf(ex->local_reason, sizeof(ex->local_reason),
                 "its Content-Length (%zu bytes) is over the %zu bytes its body may hold", content_length, limit);
    } else if (content_length > 0) {
        snprintf(ex->local_reason, sizeof(ex->local_reason),
                 "its header lines (%zu bytes) and Content-Length (%zu bytes) are over the %zu bytes allowed",
                 ex->head_bytes, content_length, limit);
    } else if (spooled) {
        snprintf(ex->local_reason, sizeof(ex->local_reason), "its body grew beyond the %zu bytes allowed", limit);
    } else {
        snprintf(ex->local_reason, sizeof(ex->local_reason),
                 "it grew beyond the %zu bytes allowed (header lines and body together)", limit);
    }
    ex->local_error = ex->local_reason;
    ex->too_large = 1;
    return 0;
}

/* Reads a Content-Length value (digits only); returns 1 with *out set, or 0 when it is absent or not one
 * number (libcurl then fails the transfer itself, or reads to the end). */
static int wxp_content_length_of(const wxp_response_head *head, size_t *out)
{
    const wxp_header *h = wxp_headers_find(&head->headers, "Content-Length", 14);
    size_t i, n = 0;

    if (h == NULL || h->value_len == 0) {
        return 0;
    }
    for (i = 0; i < h->value_len; i++) {
        char c = h->value[i];

        if (c < '0' || c > '9' || n > ((size_t) -1 - 9) / 10) {
            return 0;
        }
        n = n * 10 + (size_t) (c - '0');
    }
    *out = n;
    return 1;
}

/* Opens the spool of a 2xx answer's body when the request asked for one. Returns 0, or -1 with local_error. */
static int wxp_open_spool(wxp_http_exchange *ex)
{
    if (wxp_spool_open(&ex->result.spool, ex->spool_dir) == 0) {
        return 0;
    }
    snprintf(ex->local_reason, sizeof(ex->local_reason), "Cannot make a temporary file for the response body in %.80s (%s)",
             ex->spool_dir, strerror(errno));
    ex->local_error = ex->local_reason;
    return -1;
}

/* Once a final head is in, before any body byte: a 2xx body goes to a spool when the request named one; an
 * answer whose Content-Length is over the limit is refused without reading it, one under the limit kept in
 * memory gets its whole body buffer at once (no doubling slack). */
static size_t wxp_on_head_complete(wxp_http_exchange *ex, size_t line_len)
{
    const wxp_response_head *head = &ex->result.head;
    size_t length;
    int has_length;

    /* 1xx heads come before the final one; a head after body bytes is the trailers' end */
    if (head->status < 200 || head->status == 204 || head->status == 304 || !ex->expects_body
        || ex->result.body.len > 0 || ex->result.spool.fd >= 0) {
        return line_len;
    }
    has_length = wxp_content_length_of(head, &length);
    if (ex->spool_dir != NULL && head->status < 300) {
        if (wxp_open_spool(ex) != 0) {
            return 0;
        }
        if (has_length && ex->max_spooled_size > 0 && length > ex->max_spooled_size) {
            return wxp_refuse_too_large(ex, length, ex->max_spooled_size);
        }
        return line_len;
    }
    if (!has_length) {
        return line_len;
    }
    if (length > ex->max_response_size - ex->head_bytes) {
        return wxp_refuse_too_large(ex, length, ex->max_response_size);
    }
    if (length > 0 && wxp_buf_reserve_exact(&ex->result.body, length) != 0) {
        ex->local_error = "Out of memory while reading the response body";
        return 0;
    }
    return line_len;
}

static size_t wxp_on_header_line(char *line, size_t size, size_t nitems, void *userdata)
{
    wxp_http_exchange *ex = userdata;
    size_t len = size * nitems;

    if (len > ex->max_response_size - ex->head_bytes - ex->result.body.len) {
        return wxp_refuse_too_large(ex, 0, ex->max_response_size);
    }
    ex->head_bytes += len;
    if (wxp_response_head_feed(&ex->result.head, line, len) != 0) {
        ex->local_error = "Malformed response status line (or out of memory while reading the head)";
        return 0; /* anything but len makes libcurl abort with CURLE_WRITE_ERROR */
    }
    if ((len == 2 && line[0] == '\r' && line[1] == '\n') || (len == 1 && line[0] == '\n')) {
        return wxp_on_head_complete(ex, len);
    }
    return len;
}

/* A spooled body is bounded by max_spooled_size alone: it is on disk, and header lines were bounded before. */
static size_t wxp_spool_body_bytes(wxp_http_exchange *ex, const char *bytes, size_t len)
{
    if (ex->max_spooled_size > 0 && len > ex->max_spooled_size - ex->result.spool.size) {
        return wxp_refuse_too_large(ex, 0, ex->max_spooled_size);
    }
    if (wxp_spool_write(&ex->result.spool, bytes, len) != 0) {
        snprintf(ex->local_reason, sizeof(ex->local_reason),
                 "Cannot write the response body to its temporary file in %.80s (%s)", ex->spool_dir,
                 strerror(errno));
        ex->local_error = ex->local_reason;
        return 0;
    }
    return len;
}

static size_t wxp_on_body_bytes(char *bytes, size_t size, size_t nmemb, void *userdata)
{
    wxp_http_exchange *ex = userdata;
    size_t len = size * nmemb;
    int rc;

    if (ex->result.spool.fd >= 0) {
        return wxp_spool_body_bytes(ex, bytes, len);
    }
    rc = wxp_buf_append_bounded(&ex->result.body, bytes, len, ex->max_response_size - ex->head_bytes);
    if (rc > 0) {
        return wxp_refuse_too_large(ex, 0, ex->max_response_size);
    }
    if (rc < 0) {
        ex->local_error = "Out of memory while reading the response body";
        return 0;
    }
    return len;
}

/* Called once a connection, new or reused, is ready for the request: without it, a transfer that never
 * connected (refused, DNS) would look "reused", since it opened no new connection either. */
static int wxp_on_connection_ready(void *userdata, char *primary_ip, char *local_ip, int primary_port,
                                   int local_port)
{
    wxp_http_exchange *ex = userdata;

    (void) primary_ip;
    (void) local_ip;
    (void) primary_port;
    (void) local_port;
    ex->had_connection = 1;
    return CURL_PREREQFUNC_OK;
}

/* ---- Setting up one transfer ---- */

static int wxp_method_is(const char *method, const char *name)
{
    return strcmp(method, name) == 0;
}

/* Methods whose request always carries a body (possibly empty, then with `Content-Length: 0`). */
static int wxp_method_needs_body(const char *method)
{
    return wxp_method_is(method, "POST") || wxp_method_is(method, "PUT") || wxp_method_is(method, "PATCH");
}

/* Appends `Name: value` (or `Name;`, libcurl's spelling of an empty value: `Name:` would remove it). Built
 * with plain copies, on the stack when it fits (curl_slist_append copies it anyway): every call sends half a
 * dozen headers, the Authorization one about 500 bytes. */
static int wxp_slist_add_header(struct curl_slist **list, const wxp_header *h)
{
    char small[1024];
    size_t len = h->name_len + (h->value_len > 0 ? 2 + h->value_len : 1);
    char *line = len < sizeof(small) ? small : malloc(len + 1);
    struct curl_slist *grown = NULL;

    if (line != NULL) {
        memcpy(line, h->name, h->name_len);
        if (h->value_len > 0) {
            memcpy(line + h->name_len, ": ", 2);
            memcpy(line + h->name_len + 2, h->value, h->value_len);
        } else {
            line[h->name_len] = ';';
        }
        line[len] = '\0';
        grown = curl_slist_append(*list, line);
        if (line != small) {
            free(line);
        }
    }
    if (grown == NULL) {
        return -1;
    }
    *list = grown;
    return 0;
}

/* Appends `line` unless the caller gave a header named `name`. */
static int wxp_slist_add_default(struct curl_slist **list, const wxp_header_list *given, const char *name,
                                 const char *line)
{
    struct curl_slist *grown;

    if (given != NULL && wxp_headers_find(given, name, strlen(name)) != NULL) {
        return 0;
    }
    grown = curl_slist_append(*list, line);
    if (grown == NULL) {
        return -1;
    }
    *list = grown;
    return 0;
}

/* Converts the request's headers, plus the lines that switch off libcurl's own defaults. */
static int wxp_build_header_lines(wxp_http_exchange *ex, const wxp_header_list *given, wxp_err *err)
{
    size_t i;

    for (i = 0; given != NULL && i < given->count; i++) {
        const wxp_header *h = &given->items[i];

        /* The caller validated already; refusing here too keeps a bad value from splitting the request, and
         * a framing header from making libcurl's bytes disagree with what the server reads (the caller refuses
         * those too: one arriving here is a bug of the caller). */
        if (!wxp_header_name_is_valid(h->name, h->name_len) || !wxp_header_value_is_safe(h->value, h->value_len)) {
            return wxp_http_fail(err, WXP_E_INVALID, "Request header refused", h->name);
        }
        if (wxp_header_is_framing(h->name, h->name_len)) {
            return wxp_err_set(err, WXP_E_INVALID, "Request header refused: %s is set by the HTTP engine alone",
                               h->name);
        }
        if (wxp_slist_add_header(&ex->header_lines, h) != 0) {
            return wxp_http_fail(err, WXP_E_NOMEM, "Request headers", "out of memory");
        }
    }
    /* `Expect:` stops libcurl waiting for `100 Continue` on larger bodies; `Content-Type:` stops its
     * x-www-form-urlencoded default for POSTFIELDS; `Accept:` stops its catch-all default. */
    if (wxp_slist_add_default(&ex->header_lines, NULL, "Expect", "Expect:") != 0
        || wxp_slist_add_default(&ex->header_lines, given, "Content-Type", "Content-Type:") != 0
        || wxp_slist_add_default(&ex->header_lines, given, "Accept", "Accept:") != 0) {
        return wxp_http_fail(err, WXP_E_NOMEM, "Request headers", "out of memory");
    }
    return 0;
}

/* Chooses the method and hands libcurl the exchange's own copy of the body, sent byte for byte. */
static CURLcode wxp_set_method_and_body(wxp_http_exchange *ex, const wxp_http_request *req)
{
    CURL *easy = ex->easy;
    int has_body = req->body != NULL && req->body_len > 0;
    CURLcode rc;

    if (wxp_method_is(req->method, "GET") && !has_body) {
        /* GET is libcurl's default, which a configured handle still has (see wxp_idle_easy) */
        return ex->easy_configured ? CURLE_OK : curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    }
    ex->easy_sticky = 1;
    if (wxp_method_is(req->method, "HEAD")) {
        /* Without NOBODY libcurl would wait for a body that never comes. */
        return curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    }
    rc = curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, req->method);
    if (rc != CURLE_OK || !(has_body || wxp_method_needs_body(req->method))) {
        return rc;
    }
    /* POSTFIELDS with an explicit size sends binary bytes (NULs included) with a Content-Length. */
    rc = curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) (has_body ? req->body_len : 0));
    if (rc == CURLE_OK) {
        rc = curl_easy_setopt(easy, CURLOPT_POSTFIELDS, ex->body);
    }
    return rc;
}

/* libcurl truncates a connection's idle time to whole seconds and refuses it only when that exceeds
 * MAXAGE_CONN, so MAXAGE_CONN = 7 would still reuse a connection idle for 7.9 s, just before WeChat Pay
 * closes it at 8 s. One less makes "idle max_idle_seconds or longer: not reused" hold exactly. */
static long wxp_curl_maxage(long max_idle_seconds)
{
    return max_idle_seconds > 0 ? max_idle_seconds - 1 : 0;
}

/* Options that make every transfer behave the same whatever libcurl's defaults or the environment say, set
 * once per handle (a new or reset one): they are the same for every transfer of the engine. */
static CURLcode wxp_set_engine_options(CURL *easy, const wxp_http_engine *engine)
{
    CURLcode rc = CURLE_OK;

#define WXP_SET(option, value) \
    do { if (rc == CURLE_OK) { rc = curl_easy_setopt(easy, option, value); } } while (0)
    WXP_SET(CURLOPT_SHARE, engine->share);
    WXP_SET(CURLOPT_NOSIGNAL, 1L);      /* no SIGALRM for DNS timeouts: we live inside PHP */
    WXP_SET(CURLOPT_FOLLOWLOCATION, 0L);
    WXP_SET(CURLOPT_PROTOCOLS_STR, "http,https");
    WXP_SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    WXP_SET(CURLOPT_HTTP_VERSION, (long) CURL_HTTP_VERSION_1_1);
    WXP_SET(CURLOPT_MAXAGE_CONN, wxp_curl_maxage(engine->max_idle_seconds));
    /* The response signature covers the body as sent: never decode a Content-Encoding. */
    WXP_SET(CURLOPT_HTTP_CONTENT_DECODING, 0L);
    WXP_SET(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    WXP_SET(CURLOPT_HEADERFUNCTION, wxp_on_header_line);
    WXP_SET(CURLOPT_WRITEFUNCTION, wxp_on_body_bytes);
    WXP_SET(CURLOPT_PREREQFUNCTION, wxp_on_connection_ready);
#undef WXP_SET
    return rc;
}

/* The options that point at the exchange: its callbacks' data and the buffer of libcurl's reason. */
static CURLcode wxp_set_exchange_options(wxp_http_exchange *ex)
{
    CURL *easy = ex->easy;
    CURLcode rc = CURLE_OK;

#define WXP_SET(option, value) \
    do { if (rc == CURLE_OK) { rc = curl_easy_setopt(easy, option, value); } } while (0)
    WXP_SET(CURLOPT_PRIVATE, (void *) ex);
    WXP_SET(CURLOPT_ERRORBUFFER, ex->result.error); /* CURL_ERROR_SIZE bytes (see wxp_http_result) */
    WXP_SET(CURLOPT_HEADERDATA, (void *) ex);
    WXP_SET(CURLOPT_WRITEDATA, (void *) ex);
    WXP_SET(CURLOPT_PREREQDATA, (void *) ex);
#undef WXP_SET
    return rc;
}

/* libcurl's verbose output, recorded (never printed) as a redacted trace; a trace that ran out of memory just
 * stops, the transfer goes on. */
static int wxp_on_debug(CURL *easy, curl_infotype type, char *data, size_t size, void *userdata)
{
    wxp_http_exchange *ex = userdata;
    wxp_trace_kind kind;

    (void) easy;
    switch (type) {
        case CURLINFO_TEXT: kind = WXP_TRACE_INFO; break;
        case CURLINFO_HEADER_OUT: kind = WXP_TRACE_HEADER_OUT; break;
        case CURLINFO_HEADER_IN: kind = WXP_TRACE_HEADER_IN; break;
        default: return 0; /* bodies and TLS data */
    }
    (void) wxp_trace_append(&ex->result.trace, &ex->trace_full, kind, data, size);
    return 0;
}

/* Presents the request's client certificate (APIv2 mutual TLS). The request's pointers are borrowed for
 * wxp_http_start only, and libcurl reads the blobs when it connects, later: the certificate is handed over
 * with CURL_BLOB_COPY (libcurl keeps its own copy, as of every string option), the key with CURL_BLOB_NOCOPY
 * over the exchange's own copy, which lives until the transfer is over and its handle reset or cleaned up
 * (wxp_exchange_finish, wxp_exchange_release_transfer), then is wiped. The passphrase is a string option,
 * which libcurl always copies (and frees unwiped). The handle is marked for a reset (easy_sticky,
 * wxp_engine_give_easy): the next transfer on it presents nothing of this one. The passphrase goes to
 * libcurl alone: never into the trace (libcurl's verbose text does not show it), an error or a log.
 *
 * Connections: libcurl 7.88 reuses a cached connection only when Curl_ssl_config_matches() finds its TLS
 * primary config equal to the new transfer's, and that compares cert_blob byte for byte (blobcmp: NULL
 * matches only NULL). A connection made with a client certificate is thus never handed to a transfer
 * without one or with another certificate, nor one made without a certificate to a transfer with one; the
 * share's TLS session cache is looked up through the same comparison (Curl_ssl_getsessionid), so a session
 * (which carries the client certificate of its first handshake) is resumed only under the same certificate.
 * The key is not compared, but a key belongs to one certificate (the factory checks the pair,
 * wxp_client_tls.h), so the certificate names the identity. tests/c/test_http_client_cert checks all this. */
static CURLcode wxp_set_client_certificate(wxp_http_exchange *ex, const wxp_http_request *req)
{
    struct curl_blob cert, key;
    CURL *easy = ex->easy;
    CURLcode rc = CURLE_OK;

    ex->easy_sticky = 1;
    ex->client_key = malloc(req->client_key_len);
    if (ex->client_key == NULL) {
        return CURLE_OUT_OF_MEMORY;
    }
    memcpy(ex->client_key, req->client_key, req->client_key_len);
    ex->client_key_len = req->client_key_len;
    cert.data = (void *) req->client_cert;
    cert.len = req->client_cert_len;
    cert.flags = CURL_BLOB_COPY;
    key.data = ex->client_key;
    key.len = ex->client_key_len;
    key.flags = CURL_BLOB_NOCOPY;
#define WXP_SET(option, value) \
    do { if (rc == CURLE_OK) { rc = curl_easy_setopt(easy, option, value); } } while (0)
    WXP_SET(CURLOPT_SSLCERT_BLOB, &cert);
    WXP_SET(CURLOPT_SSLCERTTYPE, "PEM");
    WXP_SET(CURLOPT_SSLKEY_BLOB, &key);
    WXP_SET(CURLOPT_SSLKEYTYPE, "PEM");
    if (req->client_key_passphrase != NULL) {
        WXP_SET(CURLOPT_KEYPASSWD, req->client_key_passphrase);
    }
#undef WXP_SET
    return rc;
}

/* Options that come from the request. URL, connect timeout, TLS verification and header list are set on every
 * transfer; the others only when the request has them, which marks the handle for a reset once it is done. */
static CURLcode wxp_set_request_options(wxp_http_exchange *ex, const wxp_http_request *req)
{
    CURL *easy = ex->easy;
    CURLcode rc = CURLE_OK;

#define WXP_SET(option, value) \
    do { if (rc == CURLE_OK) { rc = curl_easy_setopt(easy, option, value); } } while (0)
    WXP_SET(CURLOPT_URL, req->url);
    /* 0 is libcurl's default (300 s) */
    WXP_SET(CURLOPT_CONNECTTIMEOUT_MS, req->connect_timeout_ms > 0 ? req->connect_timeout_ms : 0L);
    /* The whole-transfer timeout is the engine's own (wxp_expire_overdue), not CURLOPT_TIMEOUT_MS: libcurl
     * checks its timeout before reading, so an answer that arrived while the app drove nothing would be
     * failed; the engine reads what arrived first, then expires what is overdue. */
    WXP_SET(CURLOPT_SSL_VERIFYPEER, req->verify_tls ? 1L : 0L);
    WXP_SET(CURLOPT_SSL_VERIFYHOST, req->verify_tls ? 2L : 0L);
    if (req->ca_file != NULL || req->proxy != NULL || req->trace) {
        ex->easy_sticky = 1;
    }
    if (req->ca_file != NULL) {
        /* A directory of hashed certificates (c_rehash) is a CA path, as Guzzle's `verify` allows. */
        struct stat st;
        if (stat(req->ca_file, &st) == 0 && S_ISDIR(st.st_mode)) {
            WXP_SET(CURLOPT_CAPATH, req->ca_file);
            WXP_SET(CURLOPT_CAINFO, (char *) NULL);
        } else {
            WXP_SET(CURLOPT_CAINFO, req->ca_file);
        }
    }
    if (req->proxy != NULL) {
        WXP_SET(CURLOPT_PROXY, req->proxy);
    }
    WXP_SET(CURLOPT_HTTPHEADER, ex->header_lines);
    if (req->client_cert != NULL && rc == CURLE_OK) {
        rc = wxp_set_client_certificate(ex, req);
    }
    if (req->trace) {
        WXP_SET(CURLOPT_DEBUGFUNCTION, wxp_on_debug);
        WXP_SET(CURLOPT_DEBUGDATA, (void *) ex);
        WXP_SET(CURLOPT_VERBOSE, 1L);
    }
#undef WXP_SET
    if (rc == CURLE_OK) {
        rc = wxp_set_method_and_body(ex, req);
    }
    return rc;
}

/* Releases what only a running transfer needs; the result stays. The easy handle of a transfer left on an
 * abandoned engine is not cleaned up: libcurl would close (and TLS-shut down) a connection the parent
 * process still uses. */
static void wxp_exchange_release_transfer(wxp_http_exchange *ex)
{
    if (ex->easy != NULL && !(ex->engine != NULL && ex->engine->abandoned)) {
        curl_easy_cleanup(ex->easy);
    }
    ex->easy = NULL;
    curl_slist_free_all(ex->header_lines);
    ex->header_lines = NULL;
    free(ex->body);
    ex->body = NULL;
    /* after the handle: it points at the key until it is reset or cleaned up */
    if (ex->client_key != NULL) {
        OPENSSL_cleanse(ex->client_key, ex->client_key_len);
        free(ex->client_key);
        ex->client_key = NULL;
    }
}

static void wxp_exchange_destroy(wxp_http_exchange *ex)
{
    wxp_exchange_release_transfer(ex);
    wxp_response_head_free(&ex->result.head);
    wxp_buf_free(&ex->result.body);
    wxp_spool_close(&ex->result.spool);
    wxp_buf_free(&ex->result.trace);
    free(ex->spool_dir);
    free(ex);
}

static wxp_http_exchange *wxp_exchange_alloc(const wxp_http_request *req, wxp_err *err)
{
    wxp_http_exchange *ex = calloc(1, sizeof(*ex));

    if (ex == NULL) {
        wxp_http_fail(err, WXP_E_NOMEM, "HTTP exchange", "out of memory");
        return NULL;
    }
    wxp_response_head_init(&ex->result.head);
    wxp_buf_init(&ex->result.body);
    wxp_spool_init(&ex->result.spool);
    wxp_buf_init(&ex->result.trace);
    /* Never NULL: POSTFIELDS needs a pointer even for an empty body. */
    ex->body = malloc(req->body_len > 0 ? req->body_len : 1);
    if (ex->body == NULL) {
        wxp_exchange_destroy(ex);
        wxp_http_fail(err, WXP_E_NOMEM, "HTTP exchange", "out of memory");
        return NULL;
    }
    if (req->body != NULL && req->body_len > 0) {
        memcpy(ex->body, req->body, req->body_len);
    }
    ex->max_response_size = req->max_response_size > 0 ? req->max_response_size : WXP_HTTP_DEFAULT_MAX_RESPONSE_SIZE;
    ex->expects_body = strcmp(req->method, "HEAD") != 0;
    if (req->spool_dir != NULL && (ex->spool_dir = strdup(req->spool_dir)) == NULL) {
        wxp_exchange_destroy(ex);
        wxp_http_fail(err, WXP_E_NOMEM, "HTTP exchange", "out of memory");
        return NULL;
    }
    ex->max_spooled_size = req->max_spooled_size;
    return ex;
}

static int wxp_request_is_usable(const wxp_http_request *req, wxp_err *err)
{
    if (req == NULL || req->url == NULL || req->method == NULL) {
        return wxp_http_fail(err, WXP_E_INVALID, "HTTP request", "method and URL are required");
    }
    if (!wxp_header_name_is_valid(req->method, strlen(req->method))) {
        return wxp_http_fail(err, WXP_E_INVALID, "HTTP request method is not a token", req->method);
    }
    if (req->body == NULL && req->body_len > 0) {
        return wxp_http_fail(err, WXP_E_INVALID, "HTTP request", "body_len without body");
    }
    if ((req->client_cert == NULL) != (req->client_key == NULL) || (req->client_cert != NULL
        && (req->client_cert_len == 0 || req->client_key_len == 0))) {
        return wxp_http_fail(err, WXP_E_INVALID, "HTTP request", "a client certificate needs its private key");
    }
    if (req->client_cert == NULL && req->client_key_passphrase != NULL) {
        return wxp_http_fail(err, WXP_E_INVALID, "HTTP request", "a key passphrase without a client certificate");
    }
    return 0;
}

wxp_http_exchange *wxp_http_start(wxp_http_engine *engine, const wxp_http_request *req, wxp_http_done_fn on_done,
                                  void *user, wxp_err *err)
{
    wxp_http_exchange *ex;
    CURLcode rc;
    CURLMcode mc;

    if (wxp_request_is_usable(req, err) != 0) {
        return NULL;
    }
    if (engine->abandoned) {
        wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine", "it belongs to the process it was copied from by fork()");
        return NULL;
    }
    ex = wxp_exchange_alloc(req, err);
    if (ex == NULL) {
        return NULL;
    }
    ex->on_done = on_done;
    ex->user = user;
    ex->engine = engine; /* linked below once added */
    if (wxp_engine_take_easy(engine, ex) != 0) {
        wxp_exchange_destroy(ex);
        wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP exchange", "curl_easy_init failed");
        return NULL;
    }
    if (wxp_build_header_lines(ex, req->headers, err) != 0) {
        wxp_exchange_destroy(ex);
        return NULL;
    }
    rc = ex->easy_configured ? CURLE_OK : wxp_set_engine_options(ex->easy, engine);
    if (rc == CURLE_OK) {
        rc = wxp_set_exchange_options(ex);
    }
    if (rc == CURLE_OK) {
        rc = wxp_set_request_options(ex, req);
    }
    /* from here on its options are the engine's (wxp_idle_easy) */
    ex->easy_configured = rc == CURLE_OK;
    if (rc != CURLE_OK) {
        wxp_exchange_destroy(ex);
        wxp_http_fail(err, WXP_E_TRANSPORT, "Cannot set up the HTTP transfer", curl_easy_strerror(rc));
        return NULL;
    }
    mc = curl_multi_add_handle(engine->multi, ex->easy);
    if (mc != CURLM_OK) {
        wxp_exchange_destroy(ex);
        wxp_http_fail(err, WXP_E_TRANSPORT, "Cannot start the HTTP transfer", curl_multi_strerror(mc));
        return NULL;
    }
    wxp_engine_link(engine, ex);
    engine->unperformed++;
    wxp_engine_fit_idle_cache(engine);
    ex->started_ms = wxp_now_ms();
    ex->deadline_ms = req->timeout_ms > 0 ? ex->started_ms + req->timeout_ms : 0;
    return ex;
}

/* ---- Finishing ---- */

static double wxp_info_seconds(CURL *easy, CURLINFO info)
{
    curl_off_t usec = 0;

    if (curl_easy_getinfo(easy, info, &usec) != CURLE_OK) {
        return 0.0;
    }
    return (double) usec / 1e6;
}

/* Fills the result's times and peer, and adds the transfer to the engine's counters. */
static void wxp_collect_times(wxp_http_exchange *ex)
{
    wxp_http_times *t = &ex->result.times;
    wxp_http_engine_stats *stats = &ex->engine->stats;
    long new_connections = 0, port = 0;
    char *ip = NULL;

    curl_easy_getinfo(ex->easy, CURLINFO_NUM_CONNECTS, &new_connections);
    t->reused = ex->had_connection && new_connections == 0;
    t->connect = wxp_info_seconds(ex->easy, CURLINFO_CONNECT_TIME_T);
    /* No handshake happened on a reused connection, whatever libcurl carries over. */
    t->tls = t->reused ? 0.0 : wxp_info_seconds(ex->easy, CURLINFO_APPCONNECT_TIME_T);
    t->first_byte = wxp_info_seconds(ex->easy, CURLINFO_STARTTRANSFER_TIME_T);
    t->total = wxp_info_seconds(ex->easy, CURLINFO_TOTAL_TIME_T);

    /* Copied now: libcurl's string lives only as long as the handle's current state. */
    if (ex->had_connection && curl_easy_getinfo(ex->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != NULL) {
        snprintf(ex->result.primary_ip, sizeof(ex->result.primary_ip), "%s", ip);
        if (curl_easy_getinfo(ex->easy, CURLINFO_PRIMARY_PORT, &port) == CURLE_OK) {
            ex->result.primary_port = (int) port;
        }
    }

    stats->transfers++;
    stats->connections_opened += new_connections > 0 ? (unsigned long long) new_connections : 0;
    stats->connections_reused += t->reused ? 1 : 0;
    /* APPCONNECT is set once the TLS layer is up, so only https connections have it. */
    stats->tls_handshakes += new_connections > 0 && t->tls > 0.0 ? 1 : 0;
}

/* Whether libcurl 7.88 records the system's error (CURLINFO_OS_ERRNO) when a transfer fails with code: a
 * socket that would not connect, bind, send or receive. Other failures (a timeout, TLS, a malformed answer)
 * leave it as an earlier step of the same transfer set it, unrelated to the failure. */
static int wxp_code_has_os_reason(CURLcode code)
{
    return code == CURLE_COULDNT_CONNECT || code == CURLE_INTERFACE_FAILED || code == CURLE_SEND_ERROR
        || code == CURLE_RECV_ERROR;
}

/* libcurl 7.88 words a refused connection as "Failed to connect to H port P after 0 ms: Couldn't connect
 * to server"; the system's reason ("Connection refused", "No route to host") is what tells them apart. */
static void wxp_append_os_reason(wxp_http_exchange *ex, CURLcode code)
{
    long os_errno;
    const char *os_reason;
    size_t used = strlen(ex->result.error);

    if (!wxp_code_has_os_reason(code) || (os_errno = wxp_easy_os_errno(ex->easy)) == 0) {
        return;
    }
    os_reason = strerror((int) os_errno);
    if (strstr(ex->result.error, os_reason) == NULL && used < sizeof(ex->result.error)) {
        snprintf(ex->result.error + used, sizeof(ex->result.error) - used, " (%s)", os_reason);
    }
}

static void wxp_collect_outcome(wxp_http_exchange *ex, CURLcode code)
{
    ex->result.curl_code = ex->too_large ? WXP_HTTP_E_TOO_LARGE : (int) code;
    if (code == CURLE_OK) {
        ex->result.error[0] = '\0';
        return;
    }
    if (ex->too_large) {
        /* Nothing of a refused answer is kept: its memory (or spool) goes now, not with the exchange. */
        wxp_buf_free(&ex->result.body);
        wxp_spool_close(&ex->result.spool);
    }
    /* result.error is libcurl's error buffer: it holds libcurl's reason already, when it gave one */
    if (ex->local_error != NULL) {
        snprintf(ex->result.error, sizeof(ex->result.error), "%s", ex->local_error);
    } else if (ex->result.error[0] == '\0') {
        snprintf(ex->result.error, sizeof(ex->result.error), "%s", curl_easy_strerror(code));
    }
    wxp_append_os_reason(ex, code);
}

/* libcurl's curl_off_t counter info of easy; a negative one (an unknown size) or one it cannot give is 0. */
static long long wxp_info_count(CURL *easy, CURLINFO info)
{
    curl_off_t value = 0;

    if (curl_easy_getinfo(easy, info, &value) != CURLE_OK || value < 0) {
        return 0;
    }
    return (long long) value;
}

static void wxp_read_progress(CURL *easy, wxp_http_progress *out)
{
    out->download_total = wxp_info_count(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T);
    out->downloaded = wxp_info_count(easy, CURLINFO_SIZE_DOWNLOAD_T);
    out->upload_total = wxp_info_count(easy, CURLINFO_CONTENT_LENGTH_UPLOAD_T);
    out->uploaded = wxp_info_count(easy, CURLINFO_SIZE_UPLOAD_T);
}

/* Takes a finished transfer out of the engine: the result is complete, the easy handle goes (its
 * connection stays in the multi handle's cache for the next exchange). */
static void wxp_exchange_finish(wxp_http_exchange *ex, CURLcode code)
{
    wxp_collect_outcome(ex, code);
    wxp_collect_times(ex);
    wxp_read_progress(ex->easy, &ex->final_progress);
    curl_multi_remove_handle(ex->engine->multi, ex->easy);
    /* Only a completed transfer's handle is reused; an aborted one is cleaned up with its exchange. */
    wxp_engine_give_easy(ex->engine, ex);
    ex->easy = NULL;
    wxp_engine_unlink(ex);
    wxp_exchange_release_transfer(ex);
    ex->done = 1;
}

/* Handles every finished transfer libcurl reports. on_done runs after the exchange left the engine, so it
 * may free ex, start new exchanges or free other exchanges (libcurl drops their queued messages). */
static void wxp_dispatch_finished(wxp_http_engine *engine)
{
    CURLMsg *msg;
    int queued;

    while ((msg = curl_multi_info_read(engine->multi, &queued)) != NULL) {
        wxp_http_exchange *ex = NULL;

        if (msg->msg != CURLMSG_DONE) {
            continue;
        }
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &ex);
        if (ex == NULL || ex->done) {
            continue;
        }
        wxp_exchange_finish(ex, msg->data.result);
        if (ex->on_done != NULL) {
            ex->on_done(ex, ex->user);
        }
    }
}

/* One curl_multi_perform of every transfer. Returns 0, or -1 with err set. */
static int wxp_engine_perform(wxp_http_engine *engine, int *still_running, wxp_err *err)
{
    CURLMcode mc = curl_multi_perform(engine->multi, still_running);

    engine->unperformed = 0;
    if (mc != CURLM_OK) {
        return wxp_http_fail(err, WXP_E_TRANSPORT, "curl_multi_perform", curl_multi_strerror(mc));
    }
    return 0;
}

/* The earliest deadline of the running exchanges, or 0 when none has one. */
static long long wxp_engine_next_deadline(const wxp_http_engine *engine)
{
    const wxp_http_exchange *ex;
    long long next = 0;

    for (ex = engine->running_first; ex != NULL; ex = ex->next) {
        if (ex->deadline_ms > 0 && (next == 0 || ex->deadline_ms < next)) {
            next = ex->deadline_ms;
        }
    }
    return next;
}

/* Fails, as libcurl's CURLE_OPERATION_TIMEDOUT would, every running exchange past its deadline. Called
 * after a perform, so what already arrived was read first. on_done may free other exchanges: the scan
 * restarts after each one. */
static void wxp_expire_overdue(wxp_http_engine *engine)
{
    for (;;) {
        long long now = wxp_now_ms();
        wxp_http_exchange *ex;

        for (ex = engine->running_first; ex != NULL; ex = ex->next) {
            if (ex->deadline_ms > 0 && now >= ex->deadline_ms) {
                break;
            }
        }
        if (ex == NULL) {
            return;
        }
        snprintf(ex->result.error, sizeof(ex->result.error), "Operation timed out after %lld milliseconds with %zu bytes received",
                 now - ex->started_ms, ex->result.body.len);
        wxp_exchange_finish(ex, CURLE_OPERATION_TIMEDOUT);
        if (ex->on_done != NULL) {
            ex->on_done(ex, ex->user);
        }
    }
}

void wxp_http_set_wake_fd(wxp_http_engine *engine, int fd)
{
    engine->wake_fd = fd;
}

/* Waits for socket activity, or for the wake fd, at most wait_ms. */
static CURLMcode wxp_engine_poll(wxp_http_engine *engine, int wait_ms)
{
    struct curl_waitfd wake;

    if (engine->wake_fd < 0) {
        return curl_multi_poll(engine->multi, NULL, 0, wait_ms, NULL);
    }
    wake.fd = engine->wake_fd;
    wake.events = CURL_WAIT_POLLIN;
    wake.revents = 0;
    return curl_multi_poll(engine->multi, &wake, 1, wait_ms, NULL);
}

int wxp_http_drive(wxp_http_engine *engine, long timeout_ms, wxp_err *err)
{
    int still_running = 0;
    CURLMcode mc;

    if (engine->abandoned) {
        return wxp_http_fail(err, WXP_E_TRANSPORT, "HTTP engine",
                             "its transfers belong to the process it was copied from by fork()");
    }
    /* curl_multi_poll sleeps the whole timeout when there is nothing to wait for: skip it then. A transfer
     * started since the last perform has nothing to wait for yet (libcurl's timer for it is 0, so the poll
     * would return at once): perform straight away, one poll(2) less per call. */
    if (engine->running > 0 && engine->unperformed > 0) {
        if (wxp_engine_perform(engine, &still_running, err) != 0) {
            return -1;
        }
    } else if (engine->running > 0) {
        long long next = wxp_engine_next_deadline(engine);
        long wait_ms = timeout_ms > 0 ? timeout_ms : 0;

        if (next > 0 && next - wxp_now_ms() < wait_ms) {
            wait_ms = next > wxp_now_ms() ? (long) (next - wxp_now_ms()) : 0;
        }
        mc = wxp_engine_poll(engine, (int) wait_ms);
        if (mc != CURLM_OK) {
            return wxp_http_fail(err, WXP_E_TRANSPORT, "curl_multi_poll", curl_multi_strerror(mc));
        }
        if (wxp_engine_perform(engine, &still_running, err) != 0) {
            return -1;
        }
    }
    wxp_dispatch_finished(engine);
    wxp_expire_overdue(engine);
    return (int) engine->running;
}

int wxp_http_wait(wxp_http_engine *engine, wxp_http_exchange *ex, wxp_err *err)
{
    /* ex must not be freed by an on_done callback while we wait for it. */
    while (!ex->done) {
        if (ex->engine != engine) {
            return wxp_http_fail(err, WXP_E_INVALID, "wxp_http_wait", "the exchange is not running on this engine");
        }
        if (wxp_http_drive(engine, WXP_WAIT_SLICE_MS, err) < 0) {
            return -1;
        }
    }
    return 0;
}

int wxp_http_is_done(const wxp_http_exchange *ex)
{
    return ex->done;
}

const wxp_http_result *wxp_http_result_of(const wxp_http_exchange *ex)
{
    return &ex->result;
}

int wxp_http_progress_of(const wxp_http_exchange *ex, wxp_http_progress *out)
{
    if (ex->done) {
        *out = ex->final_progress;
        return 0;
    }
    memset(out, 0, sizeof(*out));
    if (ex->easy == NULL || ex->engine == NULL || ex->engine->abandoned) {
        return -1;
    }
    wxp_read_progress(ex->easy, out);
    return 0;
}

/* ---- Freeing ---- */

void wxp_http_exchange_free(wxp_http_exchange *ex)
{
    if (ex == NULL) {
        return;
    }
    if (!ex->done && ex->engine != NULL) {
        /* Removing a transfer mid-way makes libcurl close its connection rather than cache it; on an
         * abandoned engine libcurl is not touched (the connection is the parent's). */
        if (!ex->engine->abandoned) {
            curl_multi_remove_handle(ex->engine->multi, ex->easy);
        } else {
            ex->easy = NULL;
        }
        wxp_engine_unlink(ex);
    }
    wxp_exchange_destroy(ex);
}

void wxp_http_engine_abandon(wxp_http_engine *engine)
{
    if (engine != NULL) {
        engine->abandoned = 1;
    }
}

/* Not to be called from an on_done callback of the same engine (wxp_http_drive is still using it). */
void wxp_http_engine_free(wxp_http_engine *engine)
{
    if (engine == NULL) {
        return;
    }
    if (engine->abandoned) {
        /* Only our own memory: the multi handle, its connections and easy handles stay as the fork left
         * them (freeing them would close or shut down the parent's connections). Running exchanges are
         * unlinked and freed the same way. */
        while (engine->running_first != NULL) {
            wxp_http_exchange_free(engine->running_first);
        }
        free(engine);
        return;
    }
    while (engine->running_first != NULL) {
        wxp_http_exchange_free(engine->running_first);
    }
    while (engine->idle_easy_count > 0) {
        curl_easy_cleanup(engine->idle_easy[--engine->idle_easy_count].easy);
    }
    curl_multi_cleanup(engine->multi);
    /* Last: every easy handle using the share is gone (finished exchanges gave theirs back). */
    curl_share_cleanup(engine->share);
    free(engine);
}
