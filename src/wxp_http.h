/* HTTP over one libcurl multi handle: every transfer, sync or async, is an exchange driven by an engine. */
#ifndef WXP_HTTP_H
#define WXP_HTTP_H

#include <stddef.h>
#include "wxp_buf.h"
#include "wxp_err.h"
#include "wxp_headers.h"
#include "wxp_spool.h"

typedef struct wxp_http_engine wxp_http_engine;
typedef struct wxp_http_exchange wxp_http_exchange;

/* Engine-wide settings (0 means the default named). */
typedef struct wxp_http_engine_options {
    long max_host_connections; /* connections per host at once, others queue (default 16) */
    long max_idle_seconds;     /* connections idle this long or longer are not reused (default 7) */
    long max_idle_connections; /* connections the cache keeps, the oldest idle one closed first: at least
                                * this many (default: max_host_connections), and as many as transfers have
                                * run at once, up to the larger of this and max_host_connections */
} wxp_http_engine_options;

/* What an engine has done since it was made; counted as each transfer finishes (aborted ones are not). */
typedef struct wxp_http_engine_stats {
    unsigned long long transfers;          /* transfers finished, successfully or not */
    unsigned long long connections_opened; /* new connections (libcurl's CURLINFO_NUM_CONNECTS, summed) */
    unsigned long long connections_reused; /* transfers carried by a connection an earlier one left idle */
    unsigned long long tls_handshakes;     /* new connections over https (each made one full handshake) */
    long max_idle_connections;             /* the engine's settings in effect */
    long max_idle_seconds;
    long idle_cache_limit;                 /* the connection cache's size now: max_idle_connections, raised to
                                            * the most transfers that ran at once (bounded) */
} wxp_http_engine_stats;

/* The largest answer a request takes when it names no limit: 64 MiB, far above any WeChat Pay API answer
 * (JSON of a few KiB; a bill file, the largest, is gzip-compressed on request). */
#define WXP_HTTP_DEFAULT_MAX_RESPONSE_SIZE ((size_t) 64 * 1024 * 1024)

/* The curl_code of a transfer refused for being larger than its max_response_size (libcurl's
 * CURLE_FILESIZE_EXCEEDED, which nothing else here produces). */
#define WXP_HTTP_E_TOO_LARGE 63

/* What to send. Every pointer is borrowed for the duration of wxp_http_start only: the exchange copies. */
typedef struct wxp_http_request {
    const char *method;              /* GET PUT POST PATCH DELETE */
    const char *url;                 /* absolute http(s) URL, already encoded */
    const wxp_header_list *headers;  /* every request header, already validated */
    const char *body;                /* NULL or body bytes */
    size_t body_len;
    long connect_timeout_ms;         /* > 0 */
    long timeout_ms;                 /* > 0, whole transfer */
    int verify_tls;                  /* 1: verify peer and host name; 0: do not */
    const char *ca_file;             /* CA bundle file or hashed-certificate directory, or NULL: the system's */
    const char *proxy;               /* proxy URL, or NULL for libcurl's default */
    size_t max_response_size;        /* bytes the answer (header lines and body) may hold, checked as they
                                      * arrive and against Content-Length; 0: WXP_HTTP_DEFAULT_MAX_RESPONSE_SIZE */
    int trace;                       /* 1: record a transfer trace in the result (see wxp_trace.h) */
    const char *spool_dir;           /* NULL, or a directory: the body of a 2xx answer is then written to a
                                      * spool there as it arrives (result.spool) instead of memory */
    size_t max_spooled_size;         /* bytes a spooled body may hold, checked as they arrive and against
                                      * Content-Length; 0: no bound (header lines stay under max_response_size) */
    const char *client_cert;         /* PEM of the TLS client certificate presented (APIv2 mutual TLS), or NULL;
                                      * libcurl never reuses a connection made with another (or none) */
    size_t client_cert_len;
    const char *client_key;          /* PEM of that certificate's private key (set with client_cert) */
    size_t client_key_len;
    const char *client_key_passphrase; /* NUL-terminated passphrase of an encrypted client_key, or NULL */
} wxp_http_request;

/* Timing facts of one transfer, in seconds from its start. */
typedef struct wxp_http_times {
    double connect;    /* TCP connected */
    double tls;        /* TLS handshake done (0 for http or a reused connection) */
    double first_byte; /* first response byte */
    double total;      /* transfer done */
    int reused;        /* 1 when an existing connection carried it */
} wxp_http_times;

/* A transfer's byte counters, as Guzzle's `progress` request option reports them. */
typedef struct wxp_http_progress {
    long long download_total; /* the answer's announced body size (Content-Length), 0 while unknown */
    long long downloaded;     /* body bytes received so far */
    long long upload_total;   /* the request body's size, 0 when there is none */
    long long uploaded;       /* request body bytes sent so far */
} wxp_http_progress;

/* What came back. Valid once the exchange is done, until it is freed. */
typedef struct wxp_http_result {
    int curl_code;             /* CURLE_OK, or libcurl's failure code (WXP_HTTP_E_TOO_LARGE: over the size
                                * limit; the body is then discarded) */
    char error[256];           /* libcurl's reason when curl_code != CURLE_OK (also libcurl's error buffer,
                                * CURL_ERROR_SIZE bytes, while the transfer runs) */
    wxp_response_head head;    /* status, version, reason, headers of the final response */
    wxp_buf body;              /* exact body bytes (empty when they went to the spool) */
    wxp_spool spool;           /* the body of a 2xx answer when the request named a spool_dir, else none
                                * (fd -1); freed with the exchange */
    wxp_http_times times;
    char primary_ip[64];       /* the peer's address as libcurl connected to it, "" when it never did */
    int primary_port;          /* the peer's port, 0 when it never connected */
    wxp_buf trace;             /* the transfer trace when the request asked for one (credentials redacted) */
} wxp_http_result;

/* Called from wxp_http_drive when an exchange finishes (never from inside a libcurl callback), after it left
 * the engine: it may start or free other exchanges, but must not free the engine, nor free an exchange that
 * wxp_http_wait is waiting on. */
typedef void (*wxp_http_done_fn)(wxp_http_exchange *ex, void *user);

/* Initialises libcurl for the process; call once before any engine (not thread-safe). Returns 0 or -1. */
int wxp_http_global_init(void);

/* Releases libcurl's process-wide state; call once after every engine is freed. */
void wxp_http_global_cleanup(void);

/* Appends `curl/<version> (<sysname>/<release>)` for a User-Agent to out. Returns 0 or -1. */
int wxp_http_user_agent_suffix(wxp_buf *out);

/* Makes an engine (one multi handle, its connection cache, and a share handle keeping DNS answers and TLS
 * sessions across transfers); opts may be NULL. Returns NULL with err set. */
wxp_http_engine *wxp_http_engine_new(const wxp_http_engine_options *opts, wxp_err *err);

/* Starts a transfer: it is added to the engine now and progresses whenever the engine is driven. on_done
 * and user may be NULL. Returns NULL with err set when the request cannot be set up. */
wxp_http_exchange *wxp_http_start(wxp_http_engine *engine, const wxp_http_request *req, wxp_http_done_fn on_done,
                                  void *user, wxp_err *err);

/* Drives every transfer of the engine once: waits at most timeout_ms for socket activity, performs, and
 * calls on_done for each exchange that finished. Returns how many transfers are still running, or -1 with
 * err set when libcurl's multi interface failed. */
int wxp_http_drive(wxp_http_engine *engine, long timeout_ms, wxp_err *err);

/* Drives the engine until ex is done (other transfers progress too). Returns 0, or -1 with err set when
 * the multi interface failed (a failed transfer is not an error here: see its result). */
int wxp_http_wait(wxp_http_engine *engine, wxp_http_exchange *ex, wxp_err *err);

/* Returns 1 once ex has finished (successfully or not), else 0. */
int wxp_http_is_done(const wxp_http_exchange *ex);

/* Returns the result of ex; meaningful only once wxp_http_is_done(ex). */
const wxp_http_result *wxp_http_result_of(const wxp_http_exchange *ex);

/* Reads ex's byte counters into out: live while it runs (never from a libcurl callback: the caller reads
 * them between drives), as they were when it finished afterwards. Returns 0, or -1 with out zeroed when
 * they cannot be read (a running exchange of an abandoned engine: libcurl is not called on it). */
int wxp_http_progress_of(const wxp_http_exchange *ex, wxp_http_progress *out);

/* Copies the engine's counters and settings into out. */
void wxp_http_engine_stats_of(const wxp_http_engine *engine, wxp_http_engine_stats *out);

/* Makes every later wxp_http_drive also stop waiting when fd is readable (fd is only polled, never read;
 * -1: none): a worker pool's wake fd (wxp_workers.h). */
void wxp_http_set_wake_fd(wxp_http_engine *engine, int fd);

/* Returns the number of exchanges started and not yet finished. */
size_t wxp_http_running(const wxp_http_engine *engine);

/* Frees ex; if it is still running it is aborted first (its connection is not reused). */
void wxp_http_exchange_free(wxp_http_exchange *ex);

/* Marks an engine a forked child inherited as abandoned: libcurl is never called on it again (its sockets
 * and TLS state are the parent's, and closing them would break the parent's connections); wxp_http_drive
 * then fails, and freeing it or its exchanges frees only this library's memory, leaving libcurl's. */
void wxp_http_engine_abandon(wxp_http_engine *engine);

/* Frees the engine, aborting and freeing every exchange still running; finished exchanges stay valid and
 * are freed by their owner with wxp_http_exchange_free. */
void wxp_http_engine_free(wxp_http_engine *engine);

#endif
