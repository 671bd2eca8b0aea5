/* The HTTP engine's client certificates (APIv2 mutual TLS) against a keep-alive TLS server in a thread of this
 * program, which asks every client for a certificate, takes any, and answers each request with the serial of
 * the certificate its connection was made with (`none` without one), the connection's number and whether the
 * TLS session was resumed. Certificates and keys are generated here (keygen.h).
 *
 * What it proves: a transfer presenting a certificate leaves nothing on the easy handle the next transfer
 * reuses (that one presents none); libcurl never hands a connection, nor a resumed TLS session (which carries
 * the client certificate of the handshake that made it), made with one certificate to a transfer with none or
 * another one; and a transfer with the same certificate does reuse its connection. */
#define _GNU_SOURCE
#include "unit.h"
#include "keygen.h"
#include "wxp_http.h"

#include <curl/curl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#define MAX_CONNS 64

typedef struct tls_server {
    SSL_CTX *ctx;
    int listen_fd;
    int port;
    pthread_t acceptor;
    pthread_t conns[MAX_CONNS];
    int conn_fds[MAX_CONNS];
    int conn_count;
    pthread_mutex_t lock;
} tls_server;

typedef struct tls_conn {
    tls_server *server;
    int fd;
    int id;
} tls_conn;

/* The serial of the client certificate of ssl's session, in hex, or "none". */
static void peer_serial(SSL *ssl, char *out, size_t size)
{
    X509 *peer = SSL_get1_peer_certificate(ssl);
    BIGNUM *bn = peer != NULL ? ASN1_INTEGER_to_BN(X509_get_serialNumber(peer), NULL) : NULL;
    char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;

    snprintf(out, size, "%s", hex != NULL ? hex : "none");
    OPENSSL_free(hex);
    BN_free(bn);
    X509_free(peer);
}

/* Serves one connection: every request (a head, no body) gets `conn=N cert=SERIAL resumed=0|1`. */
static void *conn_main(void *arg)
{
    tls_conn *c = arg;
    SSL *ssl = SSL_new(c->server->ctx);
    char head[4096], body[160], answer[512], serial[80];
    size_t used = 0;

    SSL_set_fd(ssl, c->fd);
    if (SSL_accept(ssl) == 1) {
        for (;;) {
            int n = SSL_read(ssl, head + used, (int) (sizeof(head) - 1 - used));
            char *end;

            if (n <= 0) {
                break;
            }
            used += (size_t) n;
            head[used] = '\0';
            while ((end = strstr(head, "\r\n\r\n")) != NULL) {
                size_t rest = used - (size_t) (end + 4 - head);
                int len;

                peer_serial(ssl, serial, sizeof(serial));
                len = snprintf(body, sizeof(body), "conn=%d cert=%s resumed=%d", c->id, serial, SSL_session_reused(ssl));
                len = snprintf(answer, sizeof(answer), "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len, body);
                SSL_write(ssl, answer, len);
                memmove(head, end + 4, rest + 1);
                used = rest;
            }
        }
    }
    SSL_free(ssl);
    close(c->fd);
    free(c);
    ERR_clear_error();
    return NULL;
}

static void *acceptor_main(void *arg)
{
    tls_server *s = arg;

    for (;;) {
        int fd = accept(s->listen_fd, NULL, NULL);
        tls_conn *c;

        if (fd < 0) {
            return NULL; /* the listening socket was shut down */
        }
        pthread_mutex_lock(&s->lock);
        c = s->conn_count < MAX_CONNS ? malloc(sizeof(*c)) : NULL;
        if (c == NULL) {
            pthread_mutex_unlock(&s->lock);
            close(fd);
            continue;
        }
        c->server = s;
        c->fd = fd;
        c->id = s->conn_count + 1;
        s->conn_fds[s->conn_count] = fd;
        if (pthread_create(&s->conns[s->conn_count], NULL, conn_main, c) == 0) {
            s->conn_count++;
        } else {
            close(fd);
            free(c);
        }
        pthread_mutex_unlock(&s->lock);
    }
}

/* Accepts any client certificate: the test looks at which one came, not whether it is trusted. */
static int accept_any(int preverify_ok, X509_STORE_CTX *store)
{
    (void) preverify_ok;
    (void) store;
    return 1;
}

static int server_start(tls_server *s)
{
    static const unsigned char session_context[] = "wxp-test";
    EVP_PKEY *key = keygen_rsa(2048);
    char *cert_pem = keygen_cert_pem(key, "01");
    BIO *bio = BIO_new_mem_buf(cert_pem, -1);
    X509 *cert = PEM_read_bio_X509(bio, NULL, NULL, NULL);
    struct sockaddr_in addr;
    socklen_t len = sizeof(addr);

    memset(s, 0, sizeof(*s));
    pthread_mutex_init(&s->lock, NULL);
    s->ctx = SSL_CTX_new(TLS_server_method());
    if (s->ctx == NULL || cert == NULL || SSL_CTX_use_certificate(s->ctx, cert) != 1
        || SSL_CTX_use_PrivateKey(s->ctx, key) != 1) {
        return -1;
    }
    /* ask for a certificate, never require one; sessions cached (and resumable) under one context */
    SSL_CTX_set_verify(s->ctx, SSL_VERIFY_PEER, accept_any);
    SSL_CTX_set_session_id_context(s->ctx, session_context, sizeof(session_context) - 1);
    X509_free(cert);
    BIO_free(bio);
    free(cert_pem);
    EVP_PKEY_free(key);

    s->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (s->listen_fd < 0 || bind(s->listen_fd, (struct sockaddr *) &addr, sizeof(addr)) != 0
        || getsockname(s->listen_fd, (struct sockaddr *) &addr, &len) != 0 || listen(s->listen_fd, 16) != 0) {
        return -1;
    }
    s->port = ntohs(addr.sin_port);
    return pthread_create(&s->acceptor, NULL, acceptor_main, s) == 0 ? 0 : -1;
}

/* Stops accepting, ends every connection still open and joins every thread. */
static void server_stop(tls_server *s)
{
    int i;

    shutdown(s->listen_fd, SHUT_RDWR);
    pthread_join(s->acceptor, NULL);
    close(s->listen_fd);
    pthread_mutex_lock(&s->lock);
    for (i = 0; i < s->conn_count; i++) {
        shutdown(s->conn_fds[i], SHUT_RDWR);
    }
    pthread_mutex_unlock(&s->lock);
    for (i = 0; i < s->conn_count; i++) {
        pthread_join(s->conns[i], NULL);
    }
    SSL_CTX_free(s->ctx);
    pthread_mutex_destroy(&s->lock);
}

/* A merchant's identity: a certificate and its key (the key encrypted under "secret" when pass is set). */
typedef struct identity {
    char *cert;
    char *key;
    const char *pass;
} identity;

static identity identity_new(const char *serial, int encrypted)
{
    EVP_PKEY *key = keygen_rsa(2048);
    identity id;

    id.cert = keygen_cert_pem(key, serial);
    id.key = encrypted ? keygen_encrypted_pkcs8_pem(key) : keygen_pkcs8_pem(key);
    id.pass = encrypted ? "secret" : NULL;
    EVP_PKEY_free(key);
    return id;
}

static void identity_free(identity *id)
{
    free(id->cert);
    free(id->key);
}

/* One GET presenting id (NULL: no certificate); returns the answer's body ("" when it failed) in out. */
static void get_as(wxp_http_engine *engine, const tls_server *s, const identity *id, int trace, char *out, size_t size)
{
    char url[96];
    wxp_http_request req;
    wxp_http_exchange *ex;
    wxp_err err;

    snprintf(url, sizeof(url), "https://127.0.0.1:%d/whoami", s->port);
    memset(&req, 0, sizeof(req));
    req.method = "GET";
    req.url = url;
    req.connect_timeout_ms = 5000;
    req.timeout_ms = 10000;
    req.verify_tls = 0; /* the server's certificate is not what this test is about */
    /* no proxy option (that alone would reset the handle after each transfer): main() clears the environment's */
    req.trace = trace;
    if (id != NULL) {
        req.client_cert = id->cert;
        req.client_cert_len = strlen(id->cert);
        req.client_key = id->key;
        req.client_key_len = strlen(id->key);
        req.client_key_passphrase = id->pass;
    }
    out[0] = '\0';
    wxp_err_clear(&err);
    ex = wxp_http_start(engine, &req, NULL, NULL, &err);
    if (ex == NULL || wxp_http_wait(engine, ex, &err) != 0) {
        fprintf(stderr, "transfer: %s\n", err.message);
    } else if (wxp_http_result_of(ex)->curl_code != CURLE_OK) {
        fprintf(stderr, "transfer: %s\n", wxp_http_result_of(ex)->error);
    } else {
        snprintf(out, size, "%s", wxp_buf_cstr(&wxp_http_result_of(ex)->body));
        if (trace) {
            /* the passphrase and the key never reach the trace */
            CHECK(memmem(wxp_http_result_of(ex)->trace.data, wxp_http_result_of(ex)->trace.len, "secret", 6) == NULL);
            CHECK(memmem(wxp_http_result_of(ex)->trace.data, wxp_http_result_of(ex)->trace.len, "PRIVATE", 7) == NULL);
        }
    }
    wxp_http_exchange_free(ex);
}

/* The value of `name=` in a body (up to the next space), or "" */
static const char *field(const char *body, const char *name, char *out, size_t size)
{
    const char *at = strstr(body, name);
    size_t n = 0;

    out[0] = '\0';
    if (at != NULL) {
        at += strlen(name);
        while (at[n] != '\0' && at[n] != ' ' && n + 1 < size) {
            n++;
        }
        memcpy(out, at, n);
        out[n] = '\0';
    }
    return out;
}

/* A new engine (opts may be NULL), or NULL with a failed check. */
static wxp_http_engine *engine_new(const wxp_http_engine_options *opts)
{
    wxp_http_engine *engine;
    wxp_err err;

    wxp_err_clear(&err);
    engine = wxp_http_engine_new(opts, &err);
    CHECK(engine != NULL);
    return engine;
}

static void test_identities_never_mix(const tls_server *s)
{
    char a[160], b[160], c[160], d[160], e[160], f[160], conn_a[16], conn_b[16], conn_c[16], conn_d[16], conn_e[16], v[16];
    wxp_http_engine *engine = engine_new(NULL);
    identity one, two;

    if (engine == NULL) {
        return;
    }
    one = identity_new("1A2B", 1);
    two = identity_new("3C4D", 0);
    get_as(engine, s, &one, 1, a, sizeof(a)); /* the encrypted key, with its passphrase; traced */
    get_as(engine, s, NULL, 0, b, sizeof(b)); /* the same easy handle, reset: no certificate */
    get_as(engine, s, &two, 0, c, sizeof(c));
    get_as(engine, s, &one, 0, d, sizeof(d));
    get_as(engine, s, NULL, 0, e, sizeof(e));
    get_as(engine, s, NULL, 0, f, sizeof(f));

    CHECK_STR(field(a, "cert=", v, sizeof(v)), "1A2B");
    CHECK_STR(field(b, "cert=", v, sizeof(v)), "none");
    CHECK_STR(field(c, "cert=", v, sizeof(v)), "3C4D");
    CHECK_STR(field(d, "cert=", v, sizeof(v)), "1A2B");
    CHECK_STR(field(e, "cert=", v, sizeof(v)), "none");
    CHECK_STR(field(f, "cert=", v, sizeof(v)), "none");
    /* three identities, three connections, each reused by its own identity only */
    field(a, "conn=", conn_a, sizeof(conn_a));
    field(b, "conn=", conn_b, sizeof(conn_b));
    field(c, "conn=", conn_c, sizeof(conn_c));
    field(d, "conn=", conn_d, sizeof(conn_d));
    field(e, "conn=", conn_e, sizeof(conn_e));
    CHECK(conn_a[0] != '\0' && strcmp(conn_a, conn_b) != 0 && strcmp(conn_a, conn_c) != 0 && strcmp(conn_b, conn_c) != 0);
    CHECK_STR(conn_d, conn_a);
    CHECK_STR(conn_e, conn_b);
    wxp_http_engine_free(engine);
    identity_free(&one);
    identity_free(&two);
}

/* New connections after the first ones closed: a TLS session is resumed only under the identity that made it
 * (a resumed session carries the client certificate of its first handshake). */
static void test_sessions_never_mix(const tls_server *s)
{
    wxp_http_engine_options opts;
    char a[160], b[160], c[160], v[16];
    wxp_http_engine *engine;
    identity one;

    /* one idle connection at most, so each identity change closes the other's connection */
    memset(&opts, 0, sizeof(opts));
    opts.max_host_connections = 1;
    opts.max_idle_connections = 1;
    engine = engine_new(&opts);
    if (engine == NULL) {
        return;
    }
    one = identity_new("5E6F", 0);
    get_as(engine, s, &one, 0, a, sizeof(a));
    get_as(engine, s, NULL, 0, b, sizeof(b));
    get_as(engine, s, &one, 0, c, sizeof(c));
    CHECK_STR(field(a, "cert=", v, sizeof(v)), "5E6F");
    CHECK_STR(field(b, "cert=", v, sizeof(v)), "none");
    CHECK_STR(field(b, "resumed=", v, sizeof(v)), "0");
    CHECK_STR(field(c, "cert=", v, sizeof(v)), "5E6F");
    /* sessions are resumed here (so the check of b means something), under the same identity */
    CHECK_STR(field(c, "resumed=", v, sizeof(v)), "1");
    wxp_http_engine_free(engine);
    identity_free(&one);
}

static void test_refused_requests(void)
{
    wxp_http_engine *engine = engine_new(NULL);
    identity one;
    wxp_http_request req;
    wxp_err err;

    if (engine == NULL) {
        return;
    }
    one = identity_new("7A", 0);
    wxp_err_clear(&err);
    memset(&req, 0, sizeof(req));
    req.method = "GET";
    req.url = "https://127.0.0.1:1/";
    req.client_cert = one.cert;
    req.client_cert_len = strlen(one.cert);
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK_STR(err.message, "HTTP request: a client certificate needs its private key");
    req.client_cert = NULL;
    req.client_cert_len = 0;
    req.client_key_passphrase = "secret";
    CHECK(wxp_http_start(engine, &req, NULL, NULL, &err) == NULL);
    CHECK_STR(err.message, "HTTP request: a key passphrase without a client certificate");
    wxp_http_engine_free(engine);
    identity_free(&one);
}

int main(void)
{
    tls_server server;

    signal(SIGPIPE, SIG_IGN);
    setenv("NO_PROXY", "*", 1);
    setenv("no_proxy", "*", 1);
    CHECK(wxp_http_global_init() == 0);
    if (server_start(&server) != 0) {
        fprintf(stderr, "cannot start the TLS server\n");
        CHECK(0);
        return UNIT_DONE();
    }
    test_identities_never_mix(&server);
    test_sessions_never_mix(&server);
    test_refused_requests();
    server_stop(&server);
    wxp_http_global_cleanup();
    return UNIT_DONE();
}
