/* Integration test of the HTTP engine (wxp_http.c) against real local servers the test starts itself:
 *  - `php -n -S` with a router written at run time (4 workers): methods, bodies, headers, statuses,
 *    timeouts, aborts;
 *  - a tiny keep-alive HTTP/1.1 server in a thread of this program, which numbers its connections. It covers
 *    what php -S cannot: php -S answers every request with `Connection: close` (no reuse to observe), and
 *    each worker accepts connections greedily and serves them one after another, so four parallel slow
 *    requests may all land on one worker (seen: 4 x 300 ms taking 1.2 s). Reuse, idle age, the
 *    per-host limit and parallelism are therefore checked against the thread server. */
#define _GNU_SOURCE
#include "unit.h"
#include "wxp_http.h"

#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- Small helpers ---- */

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double) ts.tv_sec * 1000.0 + (double) ts.tv_nsec / 1e6;
}

static void sleep_ms(long ms)
{
    struct timespec ts;

    ts.tv_sec = ms / 1000;
    ts.tv_nsec = (ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* Binds a TCP socket to 127.0.0.1 on a port the kernel picks; returns the fd and sets *port. */
static int bind_any_port(int *port)
{
    struct sockaddr_in addr;
    socklen_t len = sizeof(addr);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

    if (fd < 0) {
        return -1;
    }
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (bind(fd, (struct sockaddr *) &addr, sizeof(addr)) != 0
        || getsockname(fd, (struct sockaddr *) &addr, &len) != 0) {
        close(fd);
        return -1;
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

static int can_connect(int port)
{
    struct sockaddr_in addr;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), ok;

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons((unsigned short) port);
    ok = connect(fd, (struct sockaddr *) &addr, sizeof(addr)) == 0;
    close(fd);
    return ok;
}

static const char *header_value(const wxp_http_result *r, const char *name)
{
    const wxp_header *h = wxp_headers_find(&r->head.headers, name, strlen(name));

    return h ? h->value : NULL;
}

static wxp_http_request make_request(const char *method, const char *url)
{
    wxp_http_request req;

    memset(&req, 0, sizeof(req));
    req.method = method;
    req.url = url;
    req.connect_timeout_ms = 3000;
    req.timeout_ms = 10000;
    req.verify_tls = 1;
    req.proxy = ""; /* never a proxy from the environment for 127.0.0.1 */
    return req;
}

/* Starts and waits for one exchange; returns it (done) or NULL. */
static wxp_http_exchange *run(wxp_http_engine *engine, const wxp_http_request *req)
{
    wxp_err err;
    wxp_http_exchange *ex;

    wxp_err_clear(&err);
    ex = wxp_http_start(engine, req, NULL, NULL, &err);
    if (ex == NULL) {
        fprintf(stderr, "wxp_http_start(%s %s): %s\n", req->method, req->url, err.message);
        return NULL;
    }
    if (wxp_http_wait(engine, ex, &err) != 0) {
        fprintf(stderr, "wxp_http_wait: %s\n", err.message);
    }
    return ex;
}

/* Drives until nothing runs (or 10 s pass); returns 0, or -1 when a drive failed. */
static int drive_until_idle(wxp_http_engine *engine)
{
    double started = now_ms();
    wxp_err err;

    while (wxp_http_running(engine) > 0 && now_ms() - started < 10000) {
        if (wxp_http_drive(engine, 100, &err) < 0) {
            fprintf(stderr, "wxp_http_drive: %s\n", err.message);
            return -1;
        }
    }
    return wxp_http_running(engine) == 0 ? 0 : -1;
}

/* Drives for about ms milliseconds, long enough for transfers to connect and send. */
static void drive_for(wxp_http_engine *engine, double ms)
{
    double started = now_ms();
    wxp_err err;

    while (now_ms() - started < ms) {
        wxp_http_drive(engine, 20, &err);
    }
}

/* ---- The PHP built-in server ---- */

static const char router_php[] =
    "<?php\n"
    "$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);\n"
    "if ($path === '/ok') {\n"
    "    header('X-Test: yes');\n"
    "    header('Content-Type: text/plain');\n"
    "    echo 'hello';\n"
    "} elseif ($path === '/slow') {\n"
        "    usleep((int) ($_GET['ms'] ?? 0) * 1000);\n"
    "    header('Content-Type: text/plain');\n"
    "    echo 'slow';\n"
    "} elseif ($path === '/echo') {\n"
    "    header('X-Echo-Method: ' . $_SERVER['REQUEST_METHOD']);\n"
    "    foreach (getallheaders() as $name => $value) {\n"
    "        header('X-Echo-H-' . $name . ': ' . ($value === '' ? '(empty)' : $value));\n"
    "    }\n"
    "    header('Content-Type: application/octet-stream');\n"
    "    echo file_get_contents('php://input');\n"
    "} elseif (preg_match('#^/status/(\\d+)$#', $path, $m)) {\n"
    "    http_response_code((int) $m[1]);\n"
    "    if ($m[1] !== '204') { echo 'status ', $m[1]; }\n"
    "} else {\n"
    "    http_response_code(404);\n"
    "    echo 'no route';\n"
    "}\n";

typedef struct php_server {
    pid_t pid;         /* a shell that owns php's process group */
    int lifeline;      /* write end of the shell's stdin: closing it (or dying) stops the server */
    int port;
    char dir[64];
    char router[128];
    char log[128];
} php_server;

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    int ok;

    if (f == NULL) {
        return -1;
    }
    ok = fputs(text, f) >= 0;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

/* php -S does not stop its workers when its master is killed, and this program may die on a failed
 * sanitizer check. So a shell leads a process group of php and its workers and kills the whole group
 * once its stdin, a pipe from this program, reaches EOF. */
static pid_t spawn_php_group(const php_server *srv, const char *addr, int lifeline_read, int lifeline_write)
{
    static const char script[] = "php -n -S \"$0\" \"$1\" </dev/null & read _ignored; kill -TERM 0";
    pid_t pid = fork();

    if (pid == 0) {
        int log = open(srv->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

        setpgid(0, 0);
        dup2(lifeline_read, STDIN_FILENO);
        close(lifeline_read);
        close(lifeline_write);
        if (log >= 0) {
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
        }
        setenv("PHP_CLI_SERVER_WORKERS", "4", 1);
        execl("/bin/sh", "sh", "-c", script, addr, srv->router, (char *) NULL);
        _exit(127);
    }
    return pid;
}

static int php_server_start(php_server *srv)
{
    char addr[64];
    int fd, i, lifeline[2];

    srv->lifeline = -1;
    snprintf(srv->dir, sizeof(srv->dir), "/tmp/wxp_test_http.XXXXXX");
    if (mkdtemp(srv->dir) == NULL) {
        return -1;
    }
    snprintf(srv->router, sizeof(srv->router), "%s/router.php", srv->dir);
    snprintf(srv->log, sizeof(srv->log), "%s/server.log", srv->dir);
    if (write_file(srv->router, router_php) != 0) {
        return -1;
    }
    /* The kernel picks a free port; php binds it right after (a short race nobody else is in). */
    fd = bind_any_port(&srv->port);
    if (fd < 0) {
        return -1;
    }
    close(fd);
    snprintf(addr, sizeof(addr), "127.0.0.1:%d", srv->port);
    if (pipe2(lifeline, O_CLOEXEC) != 0) {
        return -1;
    }
    srv->pid = spawn_php_group(srv, addr, lifeline[0], lifeline[1]);
    close(lifeline[0]);
    srv->lifeline = lifeline[1];
    if (srv->pid < 0) {
        return -1;
    }
    setpgid(srv->pid, srv->pid);
    for (i = 0; i < 250; i++) {
        if (can_connect(srv->port)) {
            return 0;
        }
        sleep_ms(20);
    }
    return -1;
}

static void php_server_stop(php_server *srv)
{
    if (srv->lifeline >= 0) {
        close(srv->lifeline);
        srv->lifeline = -1;
    }
    if (srv->pid > 0) {
        waitpid(srv->pid, NULL, 0);
        srv->pid = 0;
    }
    unlink(srv->router);
    unlink(srv->log);
    rmdir(srv->dir);
}

static void php_url(const php_server *srv, char *out, size_t size, const char *path)
{
    snprintf(out, size, "http://127.0.0.1:%d%s", srv->port, path);
}

/* ---- The keep-alive server (a thread of this program, one poll loop, so it never blocks) ----
 * GET /ka          200 "ka" at once
 * GET /slow?ms=N   200 "slow" after N ms (other connections are served meanwhile)
 * GET /hang        never answers (for aborting)
 * GET /gzip        "Content-Encoding: gzip" over bytes that are not gzip: decoding them would fail
 * GET /reset       resets the connection (RST) without answering: the client's read fails, ECONNRESET
 * a TLS handshake  answered with a plain-http 400 and a close, as any plain-http server would
 * ANY /close       closes the connection without answering (the client reads EOF before any byte)
 * ANY /flaky       answers on a connection's first request; on a kept-alive connection's later request,
 *                  closes it without answering (a server that dropped a pooled connection)
 * ANY /partial     sends a head announcing 10 body bytes and 2 of them, then closes
 * GET /big?n=N     200 with N bytes of body and their Content-Length
 * GET /chunked?n=N 200 with N bytes of body in 16 KiB chunks (Transfer-Encoding: chunked, no length ahead)
 * GET /gate        held until gate_size of them wait (see ka_gate), then all answered "gate" at once: every
 *                  transfer of a burst is in flight, each on a connection of its own, whatever the timing
 * Requests may carry a body (Content-Length); every one is counted in `requests` (per path: see
 * ka_requests_to). Every answer carries `X-Connection: <n>`, n numbering accepted connections from 1, plus
 * a folded header and a padded value to see the head parser on real wire data. */

#define KA_MAX_CONNS 32
#define KA_MAX_LOG 512

typedef struct ka_conn {
    int fd;
    int id;
    int served;        /* requests read on this connection */
    size_t len;
    char buf[8192];
    double due_ms;     /* when the delayed answer is due, or 0 */
    const char *body;  /* body of the delayed answer */
    int gated;         /* a /gate request waits for its answer */
} ka_conn;

typedef struct ka_server {
    int listen_fd;
    int stop_pipe[2];
    int port;
    pthread_t thread;
    int accepted;
    ka_conn conns[KA_MAX_CONNS];
    /* Request lines received, in order ("POST /flaky"), read by the tests once the transfers are done. */
    pthread_mutex_t log_lock;
    int logged;
    char log[KA_MAX_LOG][64];
    int gate_size;     /* /gate requests that open the gate (under log_lock) */
} ka_server;

static void ka_send(int fd, const char *text)
{
    size_t len = strlen(text), sent = 0;

    while (sent < len) {
        ssize_t n = send(fd, text + sent, len - sent, MSG_NOSIGNAL);

        if (n <= 0) {
            return;
        }
        sent += (size_t) n;
    }
}

static void ka_send_answer(ka_conn *c, const char *body)
{
    char response[512];

    snprintf(response, sizeof(response),
             "HTTP/1.1 200 OK\r\n"
             "Content-Length: %zu\r\n"
             "X-Connection: %d\r\n"
             "X-Folded: first\r\n"
             "   second\r\n"
             "X-Padded:   \t padded value \t \r\n"
             "\r\n"
             "%s",
             strlen(body), c->id, body);
    ka_send(c->fd, response);
}

static void ka_close(ka_conn *c)
{
    close(c->fd);
    c->fd = -1;
    c->due_ms = 0;
}

/* Closes with an RST instead of a FIN: a linger time of 0 discards the connection at once. */
static void ka_reset(ka_conn *c)
{
    struct linger now = {1, 0};

    setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &now, sizeof(now));
    ka_close(c);
}

static void ka_log_request(ka_server *s, const char *request_line)
{
    const char *end = strstr(request_line, " HTTP/");
    size_t len = end ? (size_t) (end - request_line) : strlen(request_line);

    pthread_mutex_lock(&s->log_lock);
    if (s->logged < KA_MAX_LOG) {
        snprintf(s->log[s->logged++], sizeof(s->log[0]), "%.*s", (int) len, request_line);
    }
    pthread_mutex_unlock(&s->log_lock);
}

/* How many requests the server read whose request line (without the version) is `line`. */
static int ka_requests_to(ka_server *s, const char *line)
{
    int i, n = 0;

    pthread_mutex_lock(&s->log_lock);
    for (i = 0; i < s->logged; i++) {
        n += strcmp(s->log[i], line) == 0;
    }
    pthread_mutex_unlock(&s->log_lock);
    return n;
}

static int ka_path_is(const char *request_line, const char *path)
{
    const char *sp = strchr(request_line, ' ');
    size_t n = strlen(path);

    return sp != NULL && strncmp(sp + 1, path, n) == 0 && sp[1 + n] == ' ';
}

/* Sends len bytes; returns 0, or -1 once the client went away. */
static int ka_send_bytes(int fd, const char *bytes, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, bytes, len, MSG_NOSIGNAL);

        if (n <= 0) {
            return -1;
        }
        bytes += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Sends a 200 with n bytes of body ('b'), with a Content-Length or chunked; gives up when the client goes. */
static void ka_send_big(ka_conn *c, size_t n, int chunked)
{
    static char filler[16384];
    char line[64];
    size_t sent = 0;

    memset(filler, 'b', sizeof(filler));
    snprintf(line, sizeof(line), chunked ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                         : "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\n\r\n", n);
    if (ka_send_bytes(c->fd, line, strlen(line)) != 0) {
        return;
    }
    while (sent < n) {
        size_t k = n - sent < sizeof(filler) ? n - sent : sizeof(filler);

        snprintf(line, sizeof(line), "%zx\r\n", k);
        if ((chunked && ka_send_bytes(c->fd, line, strlen(line)) != 0) || ka_send_bytes(c->fd, filler, k) != 0
            || (chunked && ka_send_bytes(c->fd, "\r\n", 2) != 0)) {
            return;
        }
        sent += k;
    }
    if (chunked) {
        ka_send_bytes(c->fd, "0\r\n\r\n", 5);
    }
}

static void ka_answer(ka_conn *c, const char *request_line)
{
    if (strncmp(request_line, "GET /hang ", 10) == 0) {
        return;
    }
    if (strncmp(request_line, "GET /ka ", 8) == 0) {
        ka_send_answer(c, "ka");
    } else if (strncmp(request_line, "GET /gzip ", 10) == 0) {
        ka_send(c->fd, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 9\r\n\r\nnot gzip!");
    } else if (strncmp(request_line, "GET /slow?ms=", 13) == 0) {
        c->due_ms = now_ms() + atoi(request_line + 13);
        c->body = "slow";
    } else if (strncmp(request_line, "GET /reset ", 11) == 0) {
        ka_reset(c);
    } else if (ka_path_is(request_line, "/close") || (ka_path_is(request_line, "/flaky") && c->served > 1)) {
        ka_close(c);
    } else if (ka_path_is(request_line, "/flaky")) {
        ka_send_answer(c, "flaky");
    } else if (strncmp(request_line, "GET /big?n=", 11) == 0) {
        ka_send_big(c, (size_t) strtoul(request_line + 11, NULL, 10), 0);
    } else if (strncmp(request_line, "GET /chunked?n=", 15) == 0) {
        ka_send_big(c, (size_t) strtoul(request_line + 15, NULL, 10), 1);
    } else if (ka_path_is(request_line, "/partial")) {
        ka_send(c->fd, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab");
        ka_close(c);
    } else {
        ka_send(c->fd, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }
}

/* Holds a /gate request; once gate_size of them wait, answers them all. */
static void ka_gate_wait(ka_server *s, ka_conn *c)
{
    int i, waiting = 0, size;

    c->gated = 1;
    for (i = 0; i < KA_MAX_CONNS; i++) {
        waiting += s->conns[i].fd >= 0 && s->conns[i].gated;
    }
    pthread_mutex_lock(&s->log_lock);
    size = s->gate_size;
    pthread_mutex_unlock(&s->log_lock);
    if (waiting < size) {
        return;
    }
    for (i = 0; i < KA_MAX_CONNS; i++) {
        if (s->conns[i].fd >= 0 && s->conns[i].gated) {
            s->conns[i].gated = 0;
            ka_send_answer(&s->conns[i], "gate");
        }
    }
}

/* Sets how many /gate requests must wait before they are all answered. */
static void ka_gate(ka_server *s, int size)
{
    pthread_mutex_lock(&s->log_lock);
    s->gate_size = size;
    pthread_mutex_unlock(&s->log_lock);
}

/* The Content-Length of a request head (NUL-terminated), or 0. */
static size_t ka_content_length(const char *head)
{
    const char *p = strcasestr(head, "\r\nContent-Length:");

    return p ? (size_t) strtoul(p + 17, NULL, 10) : 0;
}

/* Answers every complete request (head and Content-Length body) in the connection's buffer, until one is
 * delayed or the connection is closed. */
static void ka_serve_buffer(ka_server *s, ka_conn *c)
{
    char *end;

    while (c->fd >= 0 && c->due_ms == 0 && (end = memmem(c->buf, c->len, "\r\n\r\n", 4)) != NULL) {
        size_t used = (size_t) (end - c->buf) + 4;

        *end = '\0';
        used += ka_content_length(c->buf);
        if (used > c->len) {
            *end = '\r'; /* the body is still arriving */
            return;
        }
        c->served++;
        ka_log_request(s, c->buf);
        if (strncmp(c->buf, "GET /gate ", 10) == 0) {
            ka_gate_wait(s, c);
        } else {
            ka_answer(c, c->buf);
        }
        if (c->fd < 0) {
            return;
        }
        memmove(c->buf, c->buf + used, c->len - used);
        c->len -= used;
    }
}

static void ka_accept(ka_server *s)
{
    int fd = accept4(s->listen_fd, NULL, NULL, SOCK_CLOEXEC), i;

    if (fd < 0) {
        return;
    }
    for (i = 0; i < KA_MAX_CONNS; i++) {
        if (s->conns[i].fd < 0) {
            s->conns[i].fd = fd;
            s->conns[i].id = ++s->accepted;
            s->conns[i].len = 0;
            s->conns[i].served = 0;
            s->conns[i].due_ms = 0;
            s->conns[i].gated = 0;
            return;
        }
    }
    close(fd);
}

static void ka_read(ka_server *s, ka_conn *c)
{
    ssize_t n;

    if (c->len == sizeof(c->buf)) {
        ka_close(c);
        return;
    }
    n = recv(c->fd, c->buf + c->len, sizeof(c->buf) - c->len, 0);
    if (n <= 0) {
        ka_close(c);
        return;
    }
    c->len += (size_t) n;
    if (c->served == 0 && c->buf[0] == 0x16) {
        /* A TLS ClientHello: answer as a plain-http server would, so the client's handshake fails at once. */
        ka_send(c->fd, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        ka_close(c);
        return;
    }
    ka_serve_buffer(s, c);
}

/* Sends the delayed answers that are due; returns the poll timeout until the next one (-1: none). */
static int ka_send_due(ka_server *s)
{
    double now = now_ms(), next = -1;
    int i;

    for (i = 0; i < KA_MAX_CONNS; i++) {
        ka_conn *c = &s->conns[i];

        if (c->fd < 0 || c->due_ms == 0) {
            continue;
        }
        if (c->due_ms <= now) {
            c->due_ms = 0;
            ka_send_answer(c, c->body);
            ka_serve_buffer(s, c);
        } else if (next < 0 || c->due_ms - now < next) {
            next = c->due_ms - now;
        }
    }
    return next < 0 ? -1 : (int) next + 1;
}

static void *ka_main(void *arg)
{
    ka_server *s = arg;

    for (;;) {
        struct pollfd fds[KA_MAX_CONNS + 2];
        int map[KA_MAX_CONNS + 2];
        nfds_t n = 0, i;
        int timeout = ka_send_due(s);

        fds[n].fd = s->stop_pipe[0];
        fds[n++].events = POLLIN;
        fds[n].fd = s->listen_fd;
        fds[n++].events = POLLIN;
        for (i = 0; i < KA_MAX_CONNS; i++) {
            if (s->conns[i].fd >= 0) {
                map[n] = (int) i;
                fds[n].fd = s->conns[i].fd;
                fds[n++].events = POLLIN;
            }
        }
        if (poll(fds, n, timeout) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (fds[0].revents) {
            break;
        }
        if (fds[1].revents & POLLIN) {
            ka_accept(s);
        }
        for (i = 2; i < n; i++) {
            if (fds[i].revents) {
                ka_read(s, &s->conns[map[i]]);
            }
        }
    }
    return NULL;
}

static int ka_start(ka_server *s)
{
    int i;

    memset(s, 0, sizeof(*s));
    for (i = 0; i < KA_MAX_CONNS; i++) {
        s->conns[i].fd = -1;
    }
    pthread_mutex_init(&s->log_lock, NULL);
    s->listen_fd = bind_any_port(&s->port);
    if (s->listen_fd < 0 || listen(s->listen_fd, 16) != 0 || pipe2(s->stop_pipe, O_CLOEXEC) != 0) {
        return -1;
    }
    return pthread_create(&s->thread, NULL, ka_main, s) == 0 ? 0 : -1;
}

static void ka_stop(ka_server *s)
{
    int i;

    if (write(s->stop_pipe[1], "x", 1) != 1) {
        perror("ka_stop");
    }
    pthread_join(s->thread, NULL);
    for (i = 0; i < KA_MAX_CONNS; i++) {
        if (s->conns[i].fd >= 0) {
            ka_close(&s->conns[i]);
        }
    }
    close(s->listen_fd);
    close(s->stop_pipe[0]);
    close(s->stop_pipe[1]);
    pthread_mutex_destroy(&s->log_lock);
}

static void ka_url(const ka_server *s, char *out, size_t size, const char *path)
{
    snprintf(out, size, "http://127.0.0.1:%d%s", s->port, path);
}

/* ---- Tests against the PHP server ---- */

static void test_user_agent_suffix(void)
{
    wxp_buf ua;

    wxp_buf_init(&ua);
    CHECK(wxp_http_user_agent_suffix(&ua) == 0);
    CHECK(strncmp(wxp_buf_cstr(&ua), "curl/", 5) == 0);
    CHECK(strstr(wxp_buf_cstr(&ua), curl_version_info(CURLVERSION_NOW)->version) != NULL);
    CHECK(strstr(wxp_buf_cstr(&ua), " (Linux/") != NULL);
    CHECK(ua.len > 0 && ua.data[ua.len - 1] == ')');
    printf("user agent suffix: %s\n", wxp_buf_cstr(&ua));
    wxp_buf_free(&ua);
}

static void test_get_ok(wxp_http_engine *engine, const php_server *srv)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;

    php_url(srv, url, sizeof(url), "/ok?x=1");
    req = make_request("GET", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex == NULL) {
        return;
    }
    CHECK(wxp_http_is_done(ex));
    r = wxp_http_result_of(ex);
    CHECK(r->curl_code == CURLE_OK);
    CHECK_STR(r->error, "");
    CHECK(r->head.status == 200);
    CHECK_STR(wxp_buf_cstr(&r->head.version), "1.1");
    CHECK_STR(wxp_buf_cstr(&r->head.reason), "OK");
    CHECK_STR(header_value(r, "x-test"), "yes");
    CHECK_STR(header_value(r, "CONTENT-TYPE"), "text/plain;charset=UTF-8");
    CHECK(r->body.len == 5);
    CHECK_STR(wxp_buf_cstr(&r->body), "hello");
    /* A fresh plain-http connection: connect, then first byte, then done; no TLS. */
    CHECK(r->times.reused == 0);
    CHECK(r->times.connect > 0.0);
    CHECK(r->times.tls == 0.0);
    CHECK(r->times.first_byte >= r->times.connect);
    CHECK(r->times.total >= r->times.first_byte);
    CHECK(r->times.total < 5.0);
    CHECK(wxp_http_running(engine) == 0);
    wxp_http_exchange_free(ex);
}

/* Sends method+body to /echo and checks what the server saw. */
static void check_echo(wxp_http_engine *engine, const php_server *srv, const char *method, const char *body,
                       size_t body_len, const wxp_header_list *headers, const char *want_content_length)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;

    php_url(srv, url, sizeof(url), "/echo");
    req = make_request(method, url);
    req.body = body;
    req.body_len = body_len;
    req.headers = headers;
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex == NULL) {
        return;
    }
    r = wxp_http_result_of(ex);
    CHECK(r->curl_code == CURLE_OK);
    CHECK(r->head.status == 200);
    CHECK_STR(header_value(r, "X-Echo-Method"), method);
    /* The counters as the transfer finished: the body went up whole and came back whole. */
    {
        wxp_http_progress progress;

        CHECK(wxp_http_progress_of(ex, &progress) == 0);
        CHECK(progress.upload_total == (long long) body_len);
        CHECK(progress.uploaded == (long long) body_len);
        CHECK(progress.downloaded == (long long) body_len);
        CHECK(progress.download_total == (long long) body_len || progress.download_total == 0);
    }
    /* Exact bytes, NULs and CRLFs included. */
    CHECK(r->body.len == body_len);
    CHECK(body_len == 0 || memcmp(r->body.data, body, body_len) == 0);
    if (want_content_length != NULL) {
        CHECK_STR(header_value(r, "X-Echo-H-Content-Length"), want_content_length);
    } else {
        CHECK(header_value(r, "X-Echo-H-Content-Length") == NULL);
    }
    /* libcurl's own defaults are switched off. */
    CHECK(header_value(r, "X-Echo-H-Expect") == NULL);
    CHECK(header_value(r, "X-Echo-H-Accept-Encoding") == NULL);
    if (headers == NULL) {
        CHECK(header_value(r, "X-Echo-H-Accept") == NULL);
        CHECK(header_value(r, "X-Echo-H-Content-Type") == NULL);
    }
    if (r->curl_code != CURLE_OK || r->body.len != body_len) {
        fprintf(stderr, "  (%s: curl %d %s, got %zu body bytes)\n", method, r->curl_code, r->error, r->body.len);
    }
    wxp_http_exchange_free(ex);
}

static void test_methods_and_bodies(wxp_http_engine *engine, const php_server *srv)
{
    static const char binary[] = "{\"a\":1}\0\xff\xfe\r\n\r\nend \t";
    const size_t binary_len = sizeof(binary) - 1;
    char *big = malloc(5000);
    char big_len[16];

    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "POST", binary, binary_len, NULL, "19");
    check_echo(engine, srv, "PUT", binary, binary_len, NULL, "19");
    check_echo(engine, srv, "PATCH", "{\"patch\":true}", 14, NULL, "14");
    check_echo(engine, srv, "DELETE", "{\"reason\":\"x\"}", 14, NULL, "14");
    check_echo(engine, srv, "DELETE", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "GET", "{\"q\":1}", 7, NULL, "7");
    /* POST with no body still says how long it is (servers answer 411 otherwise). */
    check_echo(engine, srv, "POST", NULL, 0, NULL, "0");
    /* Over 1 KiB libcurl would send `Expect: 100-continue` and wait: check_echo checks it does not. */
    if (big != NULL) {
        size_t i;

        for (i = 0; i < 5000; i++) {
            big[i] = (char) ('a' + i % 26);
        }
        snprintf(big_len, sizeof(big_len), "%d", 5000);
        check_echo(engine, srv, "POST", big, 5000, NULL, big_len);
        free(big);
    }
}

/* Each transfer reuses the engine's last easy handle: one that carried only the options every transfer sets
 * keeps them, any other is reset. Either way nothing of a request (method, body, trace) reaches the next one. */
static void test_reused_handle_forgets_options(const php_server *srv)
{
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    wxp_err err;

    wxp_err_clear(&err);
    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "POST", "{\"a\":1}", 7, NULL, "7");
    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "DELETE", NULL, 0, NULL, NULL);
    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);

    php_url(srv, url, sizeof(url), "/echo");
    req = make_request("HEAD", url);
    ex = run(engine, &req);
    CHECK(ex != NULL && wxp_http_result_of(ex)->head.status == 200 && wxp_http_result_of(ex)->body.len == 0);
    wxp_http_exchange_free(ex);
    check_echo(engine, srv, "GET", NULL, 0, NULL, NULL);

    req = make_request("GET", url);
    req.trace = 1;
    ex = run(engine, &req);
    CHECK(ex != NULL && wxp_http_result_of(ex)->trace.len > 0);
    wxp_http_exchange_free(ex);
    req.trace = 0;
    ex = run(engine, &req);
    CHECK(ex != NULL && wxp_http_result_of(ex)->curl_code == CURLE_OK && wxp_http_result_of(ex)->trace.len == 0);
    wxp_http_exchange_free(ex);
    wxp_http_engine_free(engine);
}

static void test_request_headers_sent_exactly(wxp_http_engine *engine, const php_server *srv)
{
    wxp_header_list headers;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;

    wxp_headers_init(&headers);
    wxp_headers_add(&headers, "Accept", 6, "application/json", 16);
    wxp_headers_add(&headers, "Content-Type", 12, "application/json", 16);
    wxp_headers_add(&headers, "User-Agent", 10, "wechatpay-php/0.1 curl/x", 24);
    wxp_headers_add(&headers, "Authorization", 13, "WECHATPAY2-SHA256-RSA2048 mchid=\"1\"", 35);
    wxp_headers_add(&headers, "X-Empty", 7, "", 0);

    php_url(srv, url, sizeof(url), "/echo");
    req = make_request("POST", url);
    req.headers = &headers;
    req.body = "{}";
    req.body_len = 2;
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        r = wxp_http_result_of(ex);
        CHECK(r->curl_code == CURLE_OK);
        CHECK_STR(header_value(r, "X-Echo-H-Accept"), "application/json");
        CHECK_STR(header_value(r, "X-Echo-H-Content-Type"), "application/json");
        CHECK_STR(header_value(r, "X-Echo-H-User-Agent"), "wechatpay-php/0.1 curl/x");
        CHECK_STR(header_value(r, "X-Echo-H-Authorization"), "WECHATPAY2-SHA256-RSA2048 mchid=\"1\"");
        CHECK_STR(header_value(r, "X-Echo-H-X-Empty"), "(empty)");
        CHECK(header_value(r, "X-Echo-H-Expect") == NULL);
        CHECK_STR(wxp_buf_cstr(&r->body), "{}");
        wxp_http_exchange_free(ex);
    }
    wxp_headers_free(&headers);
}

static void test_refused_setups(wxp_http_engine *engine)
{
    wxp_header_list headers;
    wxp_http_request req;
    wxp_err err;

    /* A value that would split the request is refused before anything is sent. */
    wxp_headers_init(&headers);
    wxp_headers_add(&headers, "X-Evil", 6, "a\r\nX-Injected: 1", 17);
    req = make_request("GET", "http://127.0.0.1:1/");
    req.headers = &headers;
    wxp_err_clear(&err);
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK(err.code == WXP_E_INVALID);
    CHECK(strstr(err.message, "X-Evil") != NULL);
    wxp_headers_free(&headers);

    /* So is a header that would frame the request differently from the bytes libcurl sends. */
    wxp_headers_init(&headers);
    wxp_headers_add(&headers, "Accept", 6, "*/*", 3);
    wxp_headers_add(&headers, "content-length", 14, "0", 1);
    req = make_request("POST", "http://127.0.0.1:1/");
    req.headers = &headers;
    req.body = "GET /other HTTP/1.1\r\n\r\n";
    req.body_len = strlen(req.body);
    wxp_err_clear(&err);
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK(err.code == WXP_E_INVALID);
    CHECK_STR(err.message, "Request header refused: content-length is set by the HTTP engine alone");
    wxp_headers_free(&headers);

    req = make_request("GE T", "http://127.0.0.1:1/");
    wxp_err_clear(&err);
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK(err.code == WXP_E_INVALID);

    req = make_request("GET", NULL);
    wxp_err_clear(&err);
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK(err.code == WXP_E_INVALID);
    CHECK(wxp_http_running(engine) == 0);
}

static void test_statuses(wxp_http_engine *engine, const php_server *srv)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;

    php_url(srv, url, sizeof(url), "/status/204");
    req = make_request("DELETE", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        r = wxp_http_result_of(ex);
        CHECK(r->curl_code == CURLE_OK);
        CHECK(r->head.status == 204);
        CHECK_STR(wxp_buf_cstr(&r->head.reason), "No Content");
        CHECK(r->body.len == 0);
        CHECK_STR(wxp_buf_cstr(&r->body), "");
        wxp_http_exchange_free(ex);
    }

    php_url(srv, url, sizeof(url), "/status/429");
    req = make_request("GET", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        r = wxp_http_result_of(ex);
        /* An HTTP error status is a completed transfer, not a transport failure. */
        CHECK(r->curl_code == CURLE_OK);
        CHECK(r->head.status == 429);
        CHECK_STR(wxp_buf_cstr(&r->body), "status 429");
        wxp_http_exchange_free(ex);
    }

    /* No redirect is followed. */
    php_url(srv, url, sizeof(url), "/status/302");
    req = make_request("GET", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        CHECK(wxp_http_result_of(ex)->head.status == 302);
        wxp_http_exchange_free(ex);
    }
}

static void test_connection_refused(wxp_http_engine *engine)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;
    int port, fd = bind_any_port(&port); /* bound, never listening: connecting is refused */

    CHECK(fd >= 0);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/", port);
    req = make_request("GET", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        r = wxp_http_result_of(ex);
        CHECK(r->curl_code == CURLE_COULDNT_CONNECT);
        CHECK(strstr(r->error, "127.0.0.1") != NULL);
        CHECK(strstr(r->error, "port") != NULL);
        CHECK(strstr(r->error, "Connection refused") != NULL);
        CHECK(r->head.status == 0);
        CHECK(r->times.reused == 0); /* it never had a connection to reuse */
        printf("refused: curl %d \"%s\"\n", r->curl_code, r->error);
        wxp_http_exchange_free(ex);
    }
    close(fd);
}

static void test_timeout(wxp_http_engine *engine, const php_server *srv)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    const wxp_http_result *r;
    double started = now_ms(), elapsed;

    php_url(srv, url, sizeof(url), "/slow?ms=1500");
    req = make_request("GET", url);
    req.timeout_ms = 200;
    ex = run(engine, &req);
    elapsed = now_ms() - started;
    CHECK(ex != NULL);
    if (ex != NULL) {
        r = wxp_http_result_of(ex);
        CHECK(r->curl_code == CURLE_OPERATION_TIMEDOUT);
        CHECK(strstr(r->error, "timed out") != NULL);
        printf("timeout: curl %d \"%s\" after %.0f ms\n", r->curl_code, r->error, elapsed);
        wxp_http_exchange_free(ex);
    }
    CHECK(elapsed >= 150 && elapsed < 1200);
}

/* ---- Concurrency and callbacks ---- */

typedef struct done_log {
    int calls;
    int inside_start;     /* set while wxp_http_start runs: on_done must not run then */
    int called_in_start;
    int free_in_callback; /* when set, on_done frees its exchange */
} done_log;

static void record_done(wxp_http_exchange *ex, void *user)
{
    done_log *log = user;

    log->calls++;
    if (log->inside_start) {
        log->called_in_start = 1;
    }
    if (!wxp_http_is_done(ex)) {
        log->called_in_start = 1; /* reported through the same CHECK: on_done before done is wrong */
    }
    if (log->free_in_callback) {
        wxp_http_exchange_free(ex);
    }
}

static int connection_id(const wxp_http_exchange *ex);

/* Four 300 ms answers from one host overlap: four connections at once, not one after another. */
static void test_parallel_slow(wxp_http_engine *engine, const ka_server *ka)
{
    enum { N = 4 };
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex[N];
    done_log log;
    wxp_err err;
    double started, elapsed;
    int i;

    memset(&log, 0, sizeof(log));
    ka_url(ka, url, sizeof(url), "/slow?ms=300");
    req = make_request("GET", url);
    started = now_ms();
    for (i = 0; i < N; i++) {
        log.inside_start = 1;
        ex[i] = wxp_http_start(engine, &req, record_done, &log, &err);
        log.inside_start = 0;
        CHECK(ex[i] != NULL);
    }
    CHECK(wxp_http_running(engine) == N);
    CHECK(log.calls == 0);
    CHECK(drive_until_idle(engine) == 0);
    elapsed = now_ms() - started;
    printf("4 x 300 ms together: %.0f ms\n", elapsed);
    CHECK(elapsed < 900);
    CHECK(elapsed >= 290);
    CHECK(log.calls == N);
    CHECK(log.called_in_start == 0);
    for (i = 0; i < N; i++) {
        if (ex[i] != NULL) {
            CHECK(wxp_http_is_done(ex[i]));
            CHECK(wxp_http_result_of(ex[i])->curl_code == CURLE_OK);
            CHECK_STR(wxp_buf_cstr(&wxp_http_result_of(ex[i])->body), "slow");
        }
    }
    /* Each on its own connection. */
    for (i = 0; i < N; i++) {
        int j;

        for (j = i + 1; j < N; j++) {
            CHECK(connection_id(ex[i]) != connection_id(ex[j]));
        }
    }
    for (i = 0; i < N; i++) {
        wxp_http_exchange_free(ex[i]);
    }
    /* Driving an idle engine returns at once instead of sleeping out the timeout. */
    started = now_ms();
    CHECK(wxp_http_drive(engine, 2000, &err) == 0);
    CHECK(now_ms() - started < 500);
}

/* With one connection per host, three 200 ms answers queue and share that one connection. */
static void test_host_connection_limit_queues(const ka_server *ka)
{
    wxp_http_engine_options opts = {1, 0, 0};
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex[3];
    wxp_err err;
    double started, elapsed;
    int i;

    wxp_err_clear(&err);
    engine = wxp_http_engine_new(&opts, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ka_url(ka, url, sizeof(url), "/slow?ms=200");
    req = make_request("GET", url);
    started = now_ms();
    for (i = 0; i < 3; i++) {
        ex[i] = wxp_http_start(engine, &req, NULL, NULL, &err);
        CHECK(ex[i] != NULL);
    }
    for (i = 0; i < 3; i++) {
        CHECK(ex[i] != NULL && wxp_http_wait(engine, ex[i], &err) == 0);
    }
    elapsed = now_ms() - started;
    printf("3 x 200 ms with one connection per host: %.0f ms\n", elapsed);
    /* One connection at a time: the three run one after another. */
    CHECK(elapsed >= 580);
    for (i = 0; i < 3; i++) {
        if (ex[i] != NULL) {
            CHECK(wxp_http_result_of(ex[i])->curl_code == CURLE_OK);
            CHECK(wxp_http_result_of(ex[i])->head.status == 200);
            CHECK(connection_id(ex[i]) == connection_id(ex[0]));
            CHECK(wxp_http_result_of(ex[i])->times.reused == (i > 0));
        }
    }
    for (i = 0; i < 3; i++) {
        if (ex[i] != NULL) {
            wxp_http_exchange_free(ex[i]);
        }
    }
    wxp_http_engine_free(engine);
}

static void test_wait_lets_others_progress(wxp_http_engine *engine, const ka_server *ka)
{
    char slow_url[128], ok_url[128];
    wxp_http_request slow_req, ok_req;
    wxp_http_exchange *slow, *ok;
    wxp_err err;

    ka_url(ka, slow_url, sizeof(slow_url), "/slow?ms=400");
    ka_url(ka, ok_url, sizeof(ok_url), "/ka");
    slow_req = make_request("GET", slow_url);
    ok_req = make_request("GET", ok_url);
    slow = wxp_http_start(engine, &slow_req, NULL, NULL, &err);
    ok = wxp_http_start(engine, &ok_req, NULL, NULL, &err);
    CHECK(slow != NULL && ok != NULL);
    if (slow == NULL || ok == NULL) {
        wxp_http_exchange_free(slow);
        wxp_http_exchange_free(ok);
        return;
    }
    CHECK(wxp_http_wait(engine, ok, &err) == 0);
    CHECK(wxp_http_is_done(ok));
    CHECK(!wxp_http_is_done(slow));
    CHECK(wxp_http_running(engine) == 1);
    CHECK(wxp_http_wait(engine, slow, &err) == 0);
    CHECK(wxp_http_is_done(slow));
    CHECK_STR(wxp_buf_cstr(&wxp_http_result_of(slow)->body), "slow");
    /* Waiting for a finished exchange returns at once. */
    CHECK(wxp_http_wait(engine, ok, &err) == 0);
    wxp_http_exchange_free(slow);
    wxp_http_exchange_free(ok);
}

static void test_free_inside_on_done(wxp_http_engine *engine, const php_server *srv)
{
    char url[128];
    wxp_http_request req;
    done_log log;
    wxp_err err;

    memset(&log, 0, sizeof(log));
    log.free_in_callback = 1;
    php_url(srv, url, sizeof(url), "/ok");
    req = make_request("GET", url);
    CHECK(wxp_http_start(engine, &req, record_done, &log, &err) != NULL);
    CHECK(wxp_http_start(engine, &req, record_done, &log, &err) != NULL);
    CHECK(drive_until_idle(engine) == 0);
    CHECK(log.calls == 2);
}

static void test_abort_running(wxp_http_engine *engine, const php_server *srv)
{
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex, *after;
    done_log log;
    wxp_err err;

    memset(&log, 0, sizeof(log));
    php_url(srv, url, sizeof(url), "/slow?ms=1000");
    req = make_request("POST", url);
    req.body = "{\"abort\":1}";
    req.body_len = 11;
    ex = wxp_http_start(engine, &req, record_done, &log, &err);
    CHECK(ex != NULL);
    drive_for(engine, 150);
    CHECK(ex != NULL && !wxp_http_is_done(ex));
    CHECK(wxp_http_running(engine) == 1);
    wxp_http_exchange_free(ex);
    CHECK(wxp_http_running(engine) == 0);
    CHECK(log.calls == 0); /* an aborted exchange never reports */
    CHECK(wxp_http_drive(engine, 10, &err) == 0);

    /* The engine carries on. */
    php_url(srv, url, sizeof(url), "/ok");
    req = make_request("GET", url);
    after = run(engine, &req);
    CHECK(after != NULL && wxp_http_result_of(after)->head.status == 200);
    wxp_http_exchange_free(after);
}

static void test_engine_free_with_running(const php_server *srv)
{
    wxp_http_engine *engine;
    char url[128], fresh_url[128];
    wxp_http_request req, fresh_req;
    wxp_http_exchange *finished;
    wxp_err err;
    int i;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    /* One finished exchange, which stays the caller's after the engine goes. */
    php_url(srv, url, sizeof(url), "/ok");
    req = make_request("GET", url);
    finished = run(engine, &req);
    CHECK(finished != NULL);

    php_url(srv, url, sizeof(url), "/slow?ms=800");
    req = make_request("PUT", url);
    req.body = "body owned by the exchange";
    req.body_len = 26;
    for (i = 0; i < 3; i++) {
        CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) != NULL);
    }
    drive_for(engine, 150);
    /* And one added but never driven, so it has not even connected. */
    php_url(srv, fresh_url, sizeof(fresh_url), "/ok");
    fresh_req = make_request("GET", fresh_url);
    CHECK(wxp_http_start(engine, &fresh_req, NULL, NULL, &err) != NULL);
    CHECK(wxp_http_running(engine) == 4);
    wxp_http_engine_free(engine);

    if (finished != NULL) {
        CHECK(wxp_http_is_done(finished));
        CHECK_STR(wxp_buf_cstr(&wxp_http_result_of(finished)->body), "hello");
        wxp_http_exchange_free(finished);
    }
}

/* ---- Tests against the keep-alive server ---- */

static int connection_id(const wxp_http_exchange *ex)
{
    const char *v = ex ? header_value(wxp_http_result_of(ex), "X-Connection") : NULL;

    return v ? atoi(v) : -1;
}

static void test_reuse_between_exchanges(const ka_server *ka)
{
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *first, *second;
    const wxp_http_result *r;
    wxp_err err;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ka_url(ka, url, sizeof(url), "/ka");
    req = make_request("GET", url);
    first = run(engine, &req);
    second = run(engine, &req);
    CHECK(first != NULL && second != NULL);
    if (first != NULL && second != NULL) {
        CHECK(wxp_http_result_of(first)->times.reused == 0);
        CHECK(wxp_http_result_of(second)->times.reused == 1);
        CHECK(connection_id(first) > 0);
        CHECK(connection_id(second) == connection_id(first));
        CHECK(wxp_http_result_of(second)->times.tls == 0.0);

        /* Real wire data through the header parser: obs-fold and padded values. */
        r = wxp_http_result_of(second);
        CHECK(r->curl_code == CURLE_OK);
        CHECK_STR(wxp_buf_cstr(&r->body), "ka");
        CHECK_STR(header_value(r, "x-folded"), "first second");
        CHECK_STR(header_value(r, "x-padded"), "padded value");
    }
    wxp_http_exchange_free(first);
    wxp_http_exchange_free(second);
    wxp_http_engine_free(engine);
}

/* Connections idle for max_idle_seconds or longer are not reused; younger ones are. */
static void test_idle_limit(const ka_server *ka)
{
    wxp_http_engine_options strict = {0, 1, 0}, loose = {0, 3, 0};
    wxp_http_engine *e_strict, *e_loose;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *a1, *a2, *b1, *b2;
    wxp_err err;

    e_strict = wxp_http_engine_new(&strict, &err);
    e_loose = wxp_http_engine_new(&loose, &err);
    CHECK(e_strict != NULL && e_loose != NULL);
    if (e_strict == NULL || e_loose == NULL) {
        wxp_http_engine_free(e_strict);
        wxp_http_engine_free(e_loose);
        return;
    }
    ka_url(ka, url, sizeof(url), "/ka");
    req = make_request("GET", url);
    a1 = run(e_strict, &req);
    b1 = run(e_loose, &req);
    sleep_ms(1200);
    a2 = run(e_strict, &req);
    b2 = run(e_loose, &req);
    CHECK(a1 != NULL && a2 != NULL && b1 != NULL && b2 != NULL);
    if (a1 != NULL && a2 != NULL && b1 != NULL && b2 != NULL) {
        CHECK(wxp_http_result_of(a2)->times.reused == 0);
        CHECK(connection_id(a2) != connection_id(a1));
        CHECK(wxp_http_result_of(b2)->times.reused == 1);
        CHECK(connection_id(b2) == connection_id(b1));
    }
    wxp_http_exchange_free(a1);
    wxp_http_exchange_free(a2);
    wxp_http_exchange_free(b1);
    wxp_http_exchange_free(b2);
    wxp_http_engine_free(e_strict);
    wxp_http_engine_free(e_loose);
}

/* An aborted transfer's connection is closed, not handed to the next exchange mid-response. */
static void test_abort_does_not_reuse(const ka_server *ka)
{
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *warm, *hang, *after;
    wxp_err err;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ka_url(ka, url, sizeof(url), "/ka");
    req = make_request("GET", url);
    warm = run(engine, &req);

    ka_url(ka, url, sizeof(url), "/hang");
    req = make_request("GET", url);
    hang = wxp_http_start(engine, &req, NULL, NULL, &err);
    CHECK(hang != NULL);
    drive_for(engine, 150);
    CHECK(hang != NULL && !wxp_http_is_done(hang));
    wxp_http_exchange_free(hang);

    ka_url(ka, url, sizeof(url), "/ka");
    req = make_request("GET", url);
    after = run(engine, &req);
    CHECK(warm != NULL && after != NULL);
    if (warm != NULL && after != NULL) {
        CHECK(wxp_http_result_of(after)->curl_code == CURLE_OK);
        CHECK(wxp_http_result_of(after)->times.reused == 0);
        CHECK(connection_id(after) != connection_id(warm));
    }
    wxp_http_exchange_free(warm);
    wxp_http_exchange_free(after);
    wxp_http_engine_free(engine);
}

/* The body arrives as sent even with a Content-Encoding: the response signature covers those bytes. */
static void test_body_is_never_decoded(const ka_server *ka)
{
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex;
    wxp_err err;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ka_url(ka, url, sizeof(url), "/gzip");
    req = make_request("GET", url);
    ex = run(engine, &req);
    CHECK(ex != NULL);
    if (ex != NULL) {
        CHECK(wxp_http_result_of(ex)->curl_code == CURLE_OK);
        CHECK_STR(wxp_buf_cstr(&wxp_http_result_of(ex)->body), "not gzip!");
        CHECK_STR(header_value(wxp_http_result_of(ex), "content-encoding"), "gzip");
        wxp_http_exchange_free(ex);
    }
    wxp_http_engine_free(engine);
}

/* A burst of 8 parallel exchanges, finishing one after another, leaves 8 idle connections that a second
 * burst reuses, every one. */
static void test_burst_keeps_its_connections(const ka_server *ka)
{
    enum { N = 8 };
    wxp_http_engine *engine;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *ex[N];
    wxp_err err;
    int round, i, reused = 0, started = 0;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    for (round = 0; round < 2; round++) {
        for (i = 0; i < N; i++) {
            char path[32];

            snprintf(path, sizeof(path), "/slow?ms=%d", 30 * (i + 1));
            ka_url(ka, url, sizeof(url), path);
            req = make_request("GET", url);
            ex[i] = wxp_http_start(engine, &req, NULL, NULL, &err);
            started += ex[i] != NULL;
        }
        CHECK(drive_until_idle(engine) == 0);
        for (i = 0; i < N; i++) {
            if (ex[i] != NULL) {
                reused += round == 1 && wxp_http_result_of(ex[i])->times.reused;
                wxp_http_exchange_free(ex[i]);
            }
        }
    }
    CHECK(started == 2 * N);
    CHECK(reused == N);
    if (reused != N) {
        fprintf(stderr, "  second burst reused %d of %d connections\n", reused, N);
    }
    wxp_http_engine_free(engine);
}

/* The engine's counters: every finished transfer counts, a new connection counts once, a reuse counts, a
 * refused connection is a finished transfer with no connection; plain http makes no TLS handshake. */
static void test_engine_stats(const ka_server *ka)
{
    wxp_http_engine_options opts = {0, 5, 3};
    wxp_http_engine *engine;
    wxp_http_engine_stats st;
    char url[128];
    wxp_http_request req;
    wxp_http_exchange *first, *second, *refused;
    int port, fd = bind_any_port(&port);
    wxp_err err;

    engine = wxp_http_engine_new(&opts, &err);
    CHECK(engine != NULL && fd >= 0);
    if (engine == NULL) {
        return;
    }
    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.transfers == 0 && st.connections_opened == 0 && st.connections_reused == 0 && st.tls_handshakes == 0);
    CHECK(st.max_idle_connections == 3);
    CHECK(st.max_idle_seconds == 5);

    ka_url(ka, url, sizeof(url), "/ka");
    req = make_request("GET", url);
    first = run(engine, &req);
    second = run(engine, &req);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/", port);
    req = make_request("GET", url);
    refused = run(engine, &req);
    CHECK(first != NULL && second != NULL && refused != NULL);

    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.transfers == 3);
    CHECK(st.connections_opened == 1);
    CHECK(st.connections_reused == 1);
    CHECK(st.tls_handshakes == 0);
    if (first != NULL && second != NULL && refused != NULL) {
        CHECK_STR(wxp_http_result_of(first)->primary_ip, "127.0.0.1");
        CHECK(wxp_http_result_of(first)->primary_port == ka->port);
        CHECK_STR(wxp_http_result_of(second)->primary_ip, "127.0.0.1");
        CHECK(wxp_http_result_of(second)->primary_port == ka->port);
        CHECK_STR(wxp_http_result_of(refused)->primary_ip, "");
        CHECK(wxp_http_result_of(refused)->primary_port == 0);
    }
    wxp_http_exchange_free(first);
    wxp_http_exchange_free(second);
    wxp_http_exchange_free(refused);
    wxp_http_engine_free(engine);
    if (fd >= 0) {
        close(fd);
    }
}

/* Runs bursts of n GET /gate on engine (all n in flight at once: the gate answers when n wait), and
 * stores the connections each burst opened and reused. */
static void run_gated_bursts(wxp_http_engine *engine, ka_server *ka, int n, int bursts, unsigned long long *opened,
                             unsigned long long *reused)
{
    wxp_http_exchange *ex[KA_MAX_CONNS];
    wxp_http_engine_stats before, after;
    wxp_http_request req;
    char url[128];
    wxp_err err;
    int b, i;

    ka_url(ka, url, sizeof(url), "/gate");
    req = make_request("GET", url);
    ka_gate(ka, n);
    for (b = 0; b < bursts; b++) {
        wxp_http_engine_stats_of(engine, &before);
        for (i = 0; i < n; i++) {
            ex[i] = wxp_http_start(engine, &req, NULL, NULL, &err);
        }
        CHECK(drive_until_idle(engine) == 0);
        for (i = 0; i < n; i++) {
            CHECK(ex[i] != NULL && wxp_http_result_of(ex[i])->curl_code == CURLE_OK);
            wxp_http_exchange_free(ex[i]);
        }
        wxp_http_engine_stats_of(engine, &after);
        opened[b] = after.connections_opened - before.connections_opened;
        reused[b] = after.connections_reused - before.connections_reused;
    }
}

/* A burst of 12 with max_idle_connections 4: the cache grows to the 12 connections in use, so the next
 * bursts ride them all (it kept 4 before, and each later burst opened 8 again). */
static void test_idle_cache_grows_to_burst(ka_server *ka)
{
    wxp_http_engine_options opts = {0, 0, 4};
    wxp_http_engine *engine;
    wxp_http_engine_stats st;
    unsigned long long opened[3], reused[3];
    wxp_err err;

    engine = wxp_http_engine_new(&opts, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.max_idle_connections == 4 && st.idle_cache_limit == 4);
    run_gated_bursts(engine, ka, 12, 3, opened, reused);
    CHECK(opened[0] == 12 && reused[0] == 0);
    CHECK(opened[1] == 0 && reused[1] == 12);
    CHECK(opened[2] == 0 && reused[2] == 12);
    if (opened[1] != 0 || opened[2] != 0) {
        fprintf(stderr, "  bursts of 12 over an idle cache of 4: opened %llu, %llu, %llu\n", opened[0], opened[1],
                opened[2]);
    }
    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.max_idle_connections == 4 && st.idle_cache_limit == 12);
    wxp_http_engine_free(engine);
}

/* The cache grows no further than the larger of max_idle_connections and max_host_connections: with 3
 * connections per host and 2 idle, a burst of 6 (3 of them queued) leaves a limit of 3, and its connections. */
static void test_idle_cache_ceiling(ka_server *ka)
{
    wxp_http_engine_options opts = {3, 0, 2};
    wxp_http_engine *engine;
    wxp_http_engine_stats st;
    wxp_http_exchange *ex[6];
    wxp_http_request req;
    char url[128];
    wxp_err err;
    int i;

    engine = wxp_http_engine_new(&opts, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ka_url(ka, url, sizeof(url), "/slow?ms=30");
    req = make_request("GET", url);
    for (i = 0; i < 6; i++) {
        ex[i] = wxp_http_start(engine, &req, NULL, NULL, &err);
    }
    CHECK(drive_until_idle(engine) == 0);
    for (i = 0; i < 6; i++) {
        CHECK(ex[i] != NULL && wxp_http_result_of(ex[i])->curl_code == CURLE_OK);
        wxp_http_exchange_free(ex[i]);
    }
    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.idle_cache_limit == 3);
    CHECK(st.connections_opened == 3 && st.connections_reused == 3);
    wxp_http_engine_free(engine);
}

/* Runs one request on engine and checks its failure: curl_code, and that the reason holds want (if not
 * NULL) and not stale (the OS reason of an earlier transfer on the same easy handle). */
static void check_failure(wxp_http_engine *engine, const wxp_http_request *req, int curl_code, const char *want,
                          const char *stale)
{
    wxp_http_exchange *ex = run(engine, req);
    const wxp_http_result *r = ex ? wxp_http_result_of(ex) : NULL;

    CHECK(r != NULL);
    if (r == NULL) {
        return;
    }
    CHECK(r->curl_code == curl_code);
    CHECK(want == NULL || strstr(r->error, want) != NULL);
    CHECK(strstr(r->error, stale) == NULL);
    printf("%s %s: curl %d \"%s\"\n", req->method, req->url, r->curl_code, r->error);
    wxp_http_exchange_free(ex);
}

/* libcurl 7.88 keeps CURLINFO_OS_ERRNO across curl_easy_reset (8.8 clears it per transfer): a failure on a
 * recycled easy handle must not carry the system reason of the transfer that handle carried before. Each
 * engine is new, so its one pooled easy handle carries both transfers. */
static void test_no_stale_os_reason(const ka_server *ka)
{
    char url[128];
    wxp_http_request req;
    wxp_http_engine *engine;
    wxp_err err;
    int port, fd = bind_any_port(&port); /* bound, never listening: connecting is refused */

    CHECK(fd >= 0);
    /* Refused, then a timeout. */
    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine != NULL) {
        snprintf(url, sizeof(url), "http://127.0.0.1:%d/", port);
        req = make_request("GET", url);
        check_failure(engine, &req, CURLE_COULDNT_CONNECT, "(Connection refused)", "(Connection reset by peer)");
        ka_url(ka, url, sizeof(url), "/hang");
        req = make_request("GET", url);
        req.timeout_ms = 200;
        check_failure(engine, &req, CURLE_OPERATION_TIMEDOUT, "timed out", "Connection refused");
        wxp_http_engine_free(engine);
    }
    /* Reset by the peer, then a TLS failure (https to a plain-http server), then a timeout. */
    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine != NULL) {
        ka_url(ka, url, sizeof(url), "/reset");
        req = make_request("GET", url);
        check_failure(engine, &req, CURLE_RECV_ERROR, "Connection reset by peer", "Connection refused");
        snprintf(url, sizeof(url), "https://127.0.0.1:%d/ka", ka->port);
        req = make_request("GET", url);
        check_failure(engine, &req, CURLE_SSL_CONNECT_ERROR, NULL, "Connection reset by peer");
        ka_url(ka, url, sizeof(url), "/hang");
        req = make_request("GET", url);
        req.timeout_ms = 200;
        check_failure(engine, &req, CURLE_OPERATION_TIMEDOUT, "timed out", "Connection reset by peer");
        wxp_http_engine_free(engine);
    }
    if (fd >= 0) {
        close(fd);
    }
}

/* Runs `method path` with a small body on engine; returns the exchange (done) or NULL. */
static wxp_http_exchange *run_on_ka(wxp_http_engine *engine, const ka_server *ka, const char *method, const char *path)
{
    char url[128];
    wxp_http_request req;

    ka_url(ka, url, sizeof(url), path);
    req = make_request(method, url);
    if (strcmp(method, "GET") != 0) {
        req.body = "{\"out_trade_no\":\"1217752501201407033233368018\"}";
        req.body_len = strlen(req.body);
    }
    return run(engine, &req);
}

/* Runs one exchange on ka and checks its curl code; returns 1 when it matched. */
static int run_expecting(wxp_http_engine *engine, const ka_server *ka, const char *method, const char *path, int code)
{
    wxp_http_exchange *ex = run_on_ka(engine, ka, method, path);
    int ok = ex != NULL && wxp_http_result_of(ex)->curl_code == code;

    if (ex != NULL && !ok) {
        fprintf(stderr, "  %s %s: curl %d \"%s\", want %d\n", method, path, wxp_http_result_of(ex)->curl_code,
                wxp_http_result_of(ex)->error, code);
    }
    wxp_http_exchange_free(ex);
    return ok;
}

/* libcurl 7.88 (Curl_retry_request) sends a request again, once, on a new connection, when it went out
 * over a reused connection that then closed or failed before a single byte of answer: for every method,
 * POST included, with the same bytes (the same Authorization). The engine keeps that behaviour (it is
 * Guzzle's too, and WeChat Pay's orders and refunds are idempotent on out_trade_no / out_refund_no); this
 * test pins exactly when it happens. */
static void test_resent_once_on_dead_reused_connection(ka_server *ka)
{
    wxp_http_engine *engine;
    wxp_http_engine_stats st;
    wxp_http_exchange *ex;
    wxp_err err;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    /* A POST on a reused connection the server drops unanswered: sent again on a new connection, answered. */
    CHECK(run_expecting(engine, ka, "GET", "/ka", CURLE_OK));
    ex = run_on_ka(engine, ka, "POST", "/flaky");
    CHECK(ex != NULL && wxp_http_result_of(ex)->curl_code == CURLE_OK);
    if (ex != NULL) {
        CHECK(wxp_http_result_of(ex)->head.status == 200);
        CHECK_STR(wxp_buf_cstr(&wxp_http_result_of(ex)->body), "flaky");
        CHECK(wxp_http_result_of(ex)->times.reused == 0); /* the answer came over the new connection */
        wxp_http_exchange_free(ex);
    }
    CHECK(ka_requests_to(ka, "POST /flaky") == 2);
    wxp_http_engine_stats_of(engine, &st);
    CHECK(st.transfers == 2 && st.connections_opened == 2);

    /* Dropped again on the new connection too: not sent a third time. */
    CHECK(run_expecting(engine, ka, "POST", "/close", CURLE_GOT_NOTHING));
    CHECK(ka_requests_to(ka, "POST /close") == 2);
    /* On a new connection (none idle now), a drop is never followed by a second send. */
    CHECK(run_expecting(engine, ka, "POST", "/close", CURLE_GOT_NOTHING));
    CHECK(ka_requests_to(ka, "POST /close") == 3);
    /* Nor after part of an answer arrived, even on a reused connection. */
    CHECK(run_expecting(engine, ka, "GET", "/ka", CURLE_OK));
    CHECK(run_expecting(engine, ka, "POST", "/partial", CURLE_PARTIAL_FILE));
    CHECK(ka_requests_to(ka, "POST /partial") == 1);
    /* GET behaves the same way as POST. */
    CHECK(run_expecting(engine, ka, "GET", "/ka", CURLE_OK));
    CHECK(run_expecting(engine, ka, "GET", "/flaky", CURLE_OK));
    CHECK(ka_requests_to(ka, "GET /flaky") == 2);
    wxp_http_engine_free(engine);
}

/* Runs GET path on engine with a max_response_size; returns the exchange (done) or NULL. */
static wxp_http_exchange *run_limited(wxp_http_engine *engine, const ka_server *ka, const char *path, size_t limit)
{
    char url[128];
    wxp_http_request req;

    ka_url(ka, url, sizeof(url), path);
    req = make_request("GET", url);
    req.max_response_size = limit;
    return run(engine, &req);
}

/* max_response_size bounds what an answer may make the engine hold: its header lines and body together. A
 * Content-Length over it is refused before a body byte is read; a body without one is refused as soon as it
 * grows past it, and the buffer never holds more than the limit allows; an answer within it arrives whole,
 * its buffer sized once from the Content-Length. */
static void test_response_size_limit(const ka_server *ka)
{
    wxp_http_engine *engine;
    wxp_http_exchange *ex;
    const wxp_http_result *r;
    wxp_err err;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return;
    }
    ex = run_limited(engine, ka, "/big?n=50000", 100000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == CURLE_OK && r->head.status == 200);
    if (r != NULL) {
        CHECK(r->body.len == 50000 && r->body.data[49999] == 'b');
        CHECK(r->body.cap == 50001); /* one allocation, from the Content-Length: no doubling slack */
    }
    wxp_http_exchange_free(ex);

    ex = run_limited(engine, ka, "/chunked?n=50000", 100000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == CURLE_OK && r->body.len == 50000);
    if (r != NULL) {
        CHECK(r->body.cap <= 100000);
    }
    wxp_http_exchange_free(ex);

    ex = run_limited(engine, ka, "/big?n=200000", 100000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    if (r != NULL) {
        CHECK_STR(r->error, "its header lines (43 bytes) and Content-Length (200000 bytes) are over the 100000 bytes allowed");
        CHECK(r->head.status == 200);
        CHECK(r->body.len == 0 && r->body.cap == 0);
    }
    wxp_http_exchange_free(ex);

    ex = run_limited(engine, ka, "/chunked?n=200000", 100000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    if (r != NULL) {
        CHECK_STR(r->error, "it grew beyond the 100000 bytes allowed (header lines and body together)");
        CHECK(r->body.len == 0 && r->body.cap == 0); /* what had arrived is freed at once */
    }
    wxp_http_exchange_free(ex);

    /* The header lines count too. */
    ex = run_limited(engine, ka, "/ka", 60);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    wxp_http_exchange_free(ex);

    /* No limit given: 64 MiB. One byte more is refused from its Content-Length, without reading it. */
    ex = run_limited(engine, ka, "/big?n=67108865", 0);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    if (r != NULL) {
        CHECK_STR(r->error, "its header lines (45 bytes) and Content-Length (67108865 bytes) are over the 67108864 bytes allowed");
    }
    wxp_http_exchange_free(ex);

    /* The engine carries on. */
    ex = run_limited(engine, ka, "/ka", 0);
    CHECK(ex != NULL && wxp_http_result_of(ex)->curl_code == CURLE_OK);
    wxp_http_exchange_free(ex);
    wxp_http_engine_free(engine);
}

/* Runs GET path with a spool_dir and a max_spooled_size (and a small max_response_size); returns the exchange. */
static wxp_http_exchange *run_spooled(wxp_http_engine *engine, const ka_server *ka, const char *path, const char *dir,
                                      size_t max_spooled)
{
    char url[128];
    wxp_http_request req;

    ka_url(ka, url, sizeof(url), path);
    req = make_request("GET", url);
    req.max_response_size = 1000; /* header lines only: a spooled body is bounded by max_spooled_size alone */
    req.spool_dir = dir;
    req.max_spooled_size = max_spooled;
    return run(engine, &req);
}

/* Counts the entries of dir besides . and .. (a spool leaves no name behind). */
static int dir_entries(const char *dir)
{
    char cmd[256];
    FILE *f;
    int n = -1;

    snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
    f = popen(cmd, "r");
    if (f != NULL) {
        if (fscanf(f, "%d", &n) != 1) {
            n = -1;
        }
        pclose(f);
    }
    return n;
}

/* spool_dir: a 2xx body goes to a nameless file as it arrives (never to memory), bounded by max_spooled_size
 * only, read back in pieces or mapped; other answers stay in memory; a directory that cannot take the file
 * fails the transfer with the reason. */
static void test_spooled_body(const ka_server *ka)
{
    char dir[] = "/tmp/wxp-spool-XXXXXX";
    wxp_http_engine *engine;
    wxp_http_exchange *ex;
    const wxp_http_result *r;
    wxp_err err;
    char piece[16];
    const void *mapped;

    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL && mkdtemp(dir) != NULL);
    if (engine == NULL) {
        return;
    }
    ex = run_spooled(engine, ka, "/big?n=300000", dir, 0);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == CURLE_OK && r->head.status == 200);
    if (r != NULL) {
        CHECK(r->body.len == 0 && r->body.cap == 0);
        CHECK(r->spool.fd >= 0 && r->spool.size == 300000);
        CHECK(wxp_spool_read(&r->spool, 299990, piece, sizeof(piece)) == 10 && memcmp(piece, "bbbbbbbbbb", 10) == 0);
        CHECK(wxp_spool_map(&r->spool, &mapped) == 0 && mapped != NULL
              && ((const char *) mapped)[0] == 'b' && ((const char *) mapped)[299999] == 'b');
        wxp_spool_unmap(&r->spool, mapped);
        CHECK(dir_entries(dir) == 0);
    }
    wxp_http_exchange_free(ex);

    ex = run_spooled(engine, ka, "/chunked?n=300000", dir, 300000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == CURLE_OK && r->spool.size == 300000);
    wxp_http_exchange_free(ex);

    ex = run_spooled(engine, ka, "/chunked?n=300001", dir, 300000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    if (r != NULL) {
        CHECK_STR(r->error, "its body grew beyond the 300000 bytes allowed");
        CHECK(r->spool.fd == -1); /* closed at once */
    }
    wxp_http_exchange_free(ex);

    ex = run_spooled(engine, ka, "/big?n=300001", dir, 300000);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == WXP_HTTP_E_TOO_LARGE);
    if (r != NULL) {
        CHECK_STR(r->error, "its Content-Length (300001 bytes) is over the 300000 bytes its body may hold");
    }
    wxp_http_exchange_free(ex);

    /* a 404 is not spooled: it stays in memory, as any answer without a spool_dir */
    ex = run_spooled(engine, ka, "/nothing-here", dir, 0);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code == CURLE_OK && r->head.status == 404 && r->spool.fd == -1);
    wxp_http_exchange_free(ex);

    ex = run_spooled(engine, ka, "/ka", "/nonexistent-wxp-dir", 0);
    r = ex ? wxp_http_result_of(ex) : NULL;
    CHECK(r != NULL && r->curl_code != CURLE_OK && r->spool.fd == -1);
    if (r != NULL) {
        CHECK(strstr(r->error, "Cannot make a temporary file for the response body in /nonexistent-wxp-dir (No such file or directory)") != NULL);
    }
    wxp_http_exchange_free(ex);

    CHECK(dir_entries(dir) == 0);
    rmdir(dir);
    wxp_http_engine_free(engine);
}

int main(void)
{
    php_server php;
    ka_server ka;
    wxp_http_engine *engine;
    wxp_err err;

    signal(SIGPIPE, SIG_IGN);
    CHECK(wxp_http_global_init() == 0);
    test_user_agent_suffix();

    memset(&php, 0, sizeof(php));
    if (php_server_start(&php) != 0) {
        fprintf(stderr, "cannot start php -S (is php in PATH?)\n");
        php_server_stop(&php);
        CHECK(0);
        return UNIT_DONE();
    }
    CHECK(ka_start(&ka) == 0);

    wxp_err_clear(&err);
    engine = wxp_http_engine_new(NULL, &err);
    CHECK(engine != NULL);
    if (engine != NULL) {
        test_get_ok(engine, &php);
        test_methods_and_bodies(engine, &php);
        test_request_headers_sent_exactly(engine, &php);
        test_refused_setups(engine);
        test_statuses(engine, &php);
        test_connection_refused(engine);
        test_parallel_slow(engine, &ka);
        test_wait_lets_others_progress(engine, &ka);
        test_free_inside_on_done(engine, &php);
        test_timeout(engine, &php);
        test_abort_running(engine, &php);
        wxp_http_engine_free(engine);
    }
    test_host_connection_limit_queues(&ka);
    test_engine_free_with_running(&php);
    test_reused_handle_forgets_options(&php);

    test_reuse_between_exchanges(&ka);
    test_burst_keeps_its_connections(&ka);
    test_body_is_never_decoded(&ka);
    test_idle_limit(&ka);
    test_abort_does_not_reuse(&ka);
    test_engine_stats(&ka);
    test_idle_cache_grows_to_burst(&ka);
    test_idle_cache_ceiling(&ka);
    test_no_stale_os_reason(&ka);
    test_resent_once_on_dead_reused_connection(&ka);
    test_response_size_limit(&ka);
    test_spooled_body(&ka);

    ka_stop(&ka);
    php_server_stop(&php);
    wxp_http_global_cleanup();
    return UNIT_DONE();
}
