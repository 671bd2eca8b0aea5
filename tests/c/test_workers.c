/* The worker pool and the crypto jobs: many jobs over several threads all come back once, in any order, with
 * the wake fd readable exactly while one waits; signatures made on workers verify (and are the same as the
 * PHP thread's path: wxp_sign_request's Authorization shape), verification on workers accepts a genuine answer
 * and refuses forged ones with wxp_verify_response's messages; discard releases queued jobs unrun and waits
 * for running ones; free joins with jobs still queued; workers block every signal; a forked child abandons
 * the pool and makes its own.
 * Keys are generated at test time. */
#include "unit.h"
#include "keygen.h"
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "wxp_crypto_jobs.h"
#include "wxp_keys.h"
#include "wxp_sign.h"
#include "wxp_workers.h"

/* A job that counts its runs and releases (counters under a lock: runs happen on workers). */
typedef struct count_job {
    wxp_job job;
    int *runs, *releases;
    pthread_t ran_on;
    int signals_blocked;  /* SIGTERM and SIGPROF were blocked on the thread that ran it */
    useconds_t sleep_us;
} count_job;

static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static int slow_started; /* a sleeping job has begun (read and written atomically) */
/* Held by a sleeping job while it runs, as OpenSSL holds its locks inside a signature. */
static pthread_mutex_t job_lock = PTHREAD_MUTEX_INITIALIZER;

static void count_run(wxp_job *job)
{
    count_job *c = (count_job *) job;

    if (c->sleep_us) {
        pthread_mutex_lock(&job_lock);
        __atomic_store_n(&slow_started, 1, __ATOMIC_SEQ_CST);
        usleep(c->sleep_us);
        pthread_mutex_unlock(&job_lock);
    }
    c->ran_on = pthread_self();
    {
        sigset_t mask;
        pthread_sigmask(SIG_BLOCK, NULL, &mask);
        c->signals_blocked = sigismember(&mask, SIGTERM) == 1 && sigismember(&mask, SIGPROF) == 1;
    }
    pthread_mutex_lock(&counter_lock);
    (*c->runs)++;
    pthread_mutex_unlock(&counter_lock);
}

static void count_release(wxp_job *job)
{
    count_job *c = (count_job *) job;

    (*c->releases)++; /* on the owner's thread only */
    free(c);
}

static count_job *count_new(uint64_t tag, int *runs, int *releases, useconds_t sleep_us)
{
    count_job *c = calloc(1, sizeof(*c));

    c->job.run = count_run;
    c->job.release = count_release;
    c->job.tag = tag;
    c->runs = runs;
    c->releases = releases;
    c->sleep_us = sleep_us;
    return c;
}

static int readable(int fd, int timeout_ms)
{
    struct pollfd p = {fd, POLLIN, 0};

    return poll(&p, 1, timeout_ms) == 1 && (p.revents & POLLIN);
}

static void test_many_jobs(void)
{
    enum { N = 500 };
    wxp_err err;
    wxp_workers *pool;
    static char seen[N];
    int runs = 0, releases = 0, taken = 0, off_main = 1, blocked = 1;
    sigset_t mine;

    wxp_err_clear(&err);
    CHECK(wxp_workers_new(0, &err) == NULL);
    CHECK(wxp_workers_new(WXP_WORKERS_MAX + 1, &err) == NULL);
    pool = wxp_workers_new(3, &err);
    CHECK(pool != NULL);
    CHECK(!readable(wxp_workers_wake_fd(pool), 0));
    CHECK(wxp_workers_take(pool) == NULL);
    for (uint64_t i = 0; i < N; i++) {
        wxp_workers_submit(pool, &count_new(i, &runs, &releases, 0)->job);
    }
    CHECK(wxp_workers_pending(pool) == N);
    while (taken < N) {
        wxp_job *job;

        if (!readable(wxp_workers_wake_fd(pool), 5000)) {
            break;
        }
        while ((job = wxp_workers_take(pool)) != NULL) {
            if (job->tag < N) {
                seen[job->tag]++;
            }
            off_main &= !pthread_equal(((count_job *) job)->ran_on, pthread_self());
            blocked &= ((count_job *) job)->signals_blocked;
            job->release(job);
            taken++;
        }
    }
    CHECK(taken == N);
    CHECK(runs == N);
    CHECK(releases == N);
    CHECK(off_main);
    CHECK(blocked); /* workers never take a process-directed signal */
    pthread_sigmask(SIG_BLOCK, NULL, &mine);
    CHECK(sigismember(&mine, SIGTERM) == 0); /* the owner's mask is as it was */
    CHECK(wxp_workers_pending(pool) == 0);
    CHECK(!readable(wxp_workers_wake_fd(pool), 0));
    for (int i = 0; i < N; i++) {
        if (seen[i] != 1) {
            CHECK(seen[i] == 1);
            break;
        }
    }
    wxp_workers_free(pool);
}

static void test_discard_and_free(void)
{
    wxp_err err;
    wxp_workers *pool = wxp_workers_new(1, &err);
    int runs = 0, releases = 0, i;

    /* One slow job runs while 20 wait: discard releases all 21, the queued ones unrun. */
    for (i = 0; i < 21; i++) {
        wxp_workers_submit(pool, &count_new((uint64_t) i, &runs, &releases, i == 0 ? 300000 : 0)->job);
    }
    for (i = 0; i < 5000 && !__atomic_load_n(&slow_started, __ATOMIC_SEQ_CST); i++) {
        usleep(1000);
    }
    wxp_workers_discard(pool);
    CHECK(releases == 21);
    CHECK(runs == 1); /* the slow one, which discard waited for; none of the 20 behind it */
    CHECK(wxp_workers_pending(pool) == 0);
    CHECK(!readable(wxp_workers_wake_fd(pool), 0));
    CHECK(wxp_workers_take(pool) == NULL);
    /* Still usable afterwards; then freed with jobs queued and done but not taken. */
    for (i = 0; i < 10; i++) {
        wxp_workers_submit(pool, &count_new((uint64_t) i, &runs, &releases, i % 2 ? 1000 : 0)->job);
    }
    wxp_workers_free(pool);
    CHECK(releases == 31);
}

/* Signs on a worker, then verifies the signature as the real message the server checks. */
static void test_sign_job(EVP_PKEY *merchant)
{
    wxp_err err;
    wxp_workers *pool = wxp_workers_new(2, &err);
    const char *body = "{\"a\":1}";
    wxp_sign_job *jobs[8];
    int i, good = 0;

    for (i = 0; i < 8; i++) {
        jobs[i] = wxp_sign_job_new((uint64_t) i, merchant, "1900000001", "SERIAL01", "POST", "/v3/x?y=1", 9, body,
                                   strlen(body), 1700000000);
        CHECK(jobs[i] != NULL);
        wxp_workers_submit(pool, &jobs[i]->job);
    }
    for (i = 0; i < 8;) {
        wxp_job *job;
        readable(wxp_workers_wake_fd(pool), 5000);
        while ((job = wxp_workers_take(pool)) != NULL) {
            wxp_sign_job *s = (wxp_sign_job *) job;
            const char *auth = wxp_buf_cstr(&s->authorization), *sig, *nonce;
            char message[256], nonce_copy[WXP_NONCE_LEN + 1];

            nonce = strstr(auth, "nonce_str=\"");
            sig = strstr(auth, "signature=\"");
            if (s->rc == 0 && strncmp(auth, WXP_AUTH_SCHEME " mchid=\"1900000001\",serial_no=\"SERIAL01\",timestamp=\"1700000000\"",
                                      strlen(WXP_AUTH_SCHEME) + 60) == 0 && nonce && sig) {
                memcpy(nonce_copy, nonce + 11, WXP_NONCE_LEN);
                nonce_copy[WXP_NONCE_LEN] = '\0';
                snprintf(message, sizeof(message), "POST\n/v3/x?y=1\n1700000000\n%s\n%s\n", nonce_copy, body);
                good += wxp_rsa_verify(merchant, message, strlen(message), sig + 11, strlen(sig + 11) - 1, &err) == 1;
            }
            job->release(job);
            i++;
        }
    }
    CHECK(good == 8);
    wxp_workers_free(pool);
}

/* Verifies on a worker: a genuine answer passes, a forged one fails with the PHP thread's message. */
static void test_verify_job(EVP_PKEY *platform)
{
    wxp_err err, inline_err;
    wxp_workers *pool = wxp_workers_new(2, &err);
    wxp_keyring *ring = wxp_keyring_new();
    const char *body = "{\"ok\":true}", *nonce = "NONCE0123456789";
    char ts[24], message[128];
    wxp_buf sig;
    wxp_verify_input in = {0};
    int i;

    time_t now = time(NULL);
    snprintf(ts, sizeof(ts), "%lld", (long long) now);
    snprintf(message, sizeof(message), "%s\n%s\n%s\n", ts, nonce, body);
    wxp_buf_init(&sig);
    CHECK(wxp_rsa_sign(platform, message, strlen(message), &sig, &err) == 0);
    wxp_keyring_add(ring, "PLATFORM01", 10, platform);
    in.timestamp = ts; in.timestamp_len = strlen(ts);
    in.nonce = nonce; in.nonce_len = strlen(nonce);
    in.signature = wxp_buf_cstr(&sig); in.signature_len = sig.len;
    in.serial = "PLATFORM01"; in.serial_len = 10;
    in.body = body; in.body_len = strlen(body);
    for (i = 0; i < 6; i++) { /* even: genuine; odd: body tampered */
        wxp_verify_input forged = in;
        forged.body = i % 2 ? "{\"ok\":fals}" : body;
        wxp_workers_submit(pool, &wxp_verify_job_new((uint64_t) i, platform, &forged, now)->job);
    }
    for (i = 0; i < 6;) {
        wxp_job *job;
        readable(wxp_workers_wake_fd(pool), 5000);
        while ((job = wxp_workers_take(pool)) != NULL) {
            wxp_verify_job *v = (wxp_verify_job *) job;

            if (job->tag % 2 == 0) {
                CHECK(v->rc == 0);
            } else {
                wxp_verify_input forged = in;
                forged.body = "{\"ok\":fals}";
                CHECK(v->rc == -1);
                CHECK(v->err.code == WXP_E_VERIFY_SIGNATURE);
                wxp_err_clear(&inline_err);
                CHECK(wxp_verify_response(&forged, ring, now, &inline_err) == -1);
                CHECK_STR(v->err.message, inline_err.message);
            }
            job->release(job);
            i++;
        }
    }
    /* A stale timestamp: the worker reports the window, as wxp_verify_response does. */
    wxp_workers_submit(pool, &wxp_verify_job_new(99, platform, &in, now + 400)->job);
    readable(wxp_workers_wake_fd(pool), 5000);
    {
        wxp_job *job = wxp_workers_take(pool);
        CHECK(job != NULL && ((wxp_verify_job *) job)->err.code == WXP_E_VERIFY_TIMESTAMP);
        if (job) {
            job->release(job);
        }
    }
    wxp_buf_free(&sig);
    wxp_keyring_free(ring);
    wxp_workers_free(pool);
}

/* fork() with the parent's pool busy: fork waits until no worker is inside a job, so no lock a job holds is
 * copied locked into the child; the child abandons the pool (never joins or takes) and runs its own; the
 * parent's jobs all run. */
static void test_fork(void)
{
    wxp_err err;
    wxp_workers *pool = wxp_workers_new(2, &err);
    int runs = 0, releases = 0, status = 0, i;
    pid_t pid;

    __atomic_store_n(&slow_started, 0, __ATOMIC_SEQ_CST);
    for (i = 0; i < 4; i++) {
        wxp_workers_submit(pool, &count_new((uint64_t) i, &runs, &releases, 20000)->job);
    }
    for (i = 0; i < 5000 && !__atomic_load_n(&slow_started, __ATOMIC_SEQ_CST); i++) {
        usleep(1000);
    }
    pid = fork(); /* a job is running now: fork waits for it */
    if (pid == 0) {
        int child_runs = 0, child_releases = 0, ok;
        wxp_workers *own;

        if (pthread_mutex_trylock(&job_lock) != 0) {
            _exit(2); /* copied locked: a signing child would hang */
        }
        pthread_mutex_unlock(&job_lock);

        wxp_workers_abandon(pool); /* no thread of it is here */
        own = wxp_workers_new(1, &err);
        wxp_workers_submit(own, &count_new(7, &child_runs, &child_releases, 0)->job);
        ok = own && readable(wxp_workers_wake_fd(own), 5000);
        wxp_job *job = ok ? wxp_workers_take(own) : NULL;
        ok = job != NULL && job->tag == 7;
        if (job) {
            job->release(job);
        }
        wxp_workers_free(own);
        _exit(ok && child_runs == 1 && child_releases == 1 ? 0 : 1);
    }
    CHECK(pid > 0);
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    for (i = 0; i < 4;) { /* the parent's workers went on after the fork */
        wxp_job *job;
        if (!readable(wxp_workers_wake_fd(pool), 5000)) {
            break;
        }
        while ((job = wxp_workers_take(pool)) != NULL) {
            job->release(job);
            i++;
        }
    }
    CHECK(runs == 4);
    CHECK(releases == 4);
    wxp_workers_free(pool);
}

int main(void)
{
    EVP_PKEY *merchant = keygen_rsa(2048), *platform = keygen_rsa(2048);

    test_many_jobs();
    test_discard_and_free();
    test_sign_job(merchant);
    test_verify_job(platform);
    test_fork();
    EVP_PKEY_free(merchant);
    EVP_PKEY_free(platform);
    return UNIT_DONE();
}
