/* The worker pool (wxp_workers.h): one lock guards both lists; workers sleep on a condition variable; the
 * owner is woken through an eventfd that is non-zero exactly while the done list is not empty (both change
 * under the lock).
 *
 * fork(): a child gets copies of every lock but none of the threads, so a lock a worker held at the fork (one
 * of OpenSSL's, inside a signature) would stay locked in the child forever, and the child's own signing
 * would hang on it. So fork() waits (pthread_atfork) until no worker is inside a job, holding every pool's
 * lock across the fork so that none starts one; the parent's workers then go on, and the child, whose pools
 * are all the parent's, only releases the locks it copied locked (wxp_workers_abandon then drops the pools). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "wxp_workers.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

typedef struct job_list {
    wxp_job *first, *last;
} job_list;

struct wxp_workers {
    pthread_mutex_t lock;
    pthread_cond_t work;    /* signalled when a job is queued or the pool stops */
    pthread_cond_t idle;    /* signalled when a worker finishes a job (discard waits on it) */
    job_list queue, done;
    unsigned busy;          /* jobs being run */
    int stopping;
    int paused;             /* a fork() is under way: no job starts (fork_prepare) */
    wxp_workers *next_live; /* in the process's list of pools (fork handlers) */
    int wake_fd;
    size_t pending;         /* submitted, not taken (the owner's count) */
    unsigned threads;
    pthread_t tids[WXP_WORKERS_MAX];
};

static void list_push(job_list *list, wxp_job *job)
{
    job->next = NULL;
    if (list->last) {
        list->last->next = job;
    } else {
        list->first = job;
    }
    list->last = job;
}

static wxp_job *list_pop(job_list *list)
{
    wxp_job *job = list->first;

    if (job) {
        list->first = job->next;
        if (list->first == NULL) {
            list->last = NULL;
        }
        job->next = NULL;
    }
    return job;
}

static void wake_set(int fd)
{
    uint64_t one = 1;
    ssize_t n;

    do {
        n = write(fd, &one, sizeof(one));
    } while (n < 0 && errno == EINTR);
}

static void wake_clear(int fd)
{
    uint64_t value;
    ssize_t n;

    do {
        n = read(fd, &value, sizeof(value));
    } while (n < 0 && errno == EINTR);
}

/* The pools of this process, for the fork handlers; guarded by live_lock. */
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static wxp_workers *live_first;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void fork_prepare(void)
{
    wxp_workers *pool;

    pthread_mutex_lock(&live_lock);
    for (pool = live_first; pool; pool = pool->next_live) {
        pthread_mutex_lock(&pool->lock);
        pool->paused = 1;
        while (pool->busy > 0) {
            pthread_cond_wait(&pool->idle, &pool->lock);
        }
        /* kept locked across the fork: no worker can take a job, nor be inside one */
    }
}

static void fork_parent(void)
{
    wxp_workers *pool;

    for (pool = live_first; pool; pool = pool->next_live) {
        pool->paused = 0;
        pthread_cond_broadcast(&pool->work);
        pthread_mutex_unlock(&pool->lock);
    }
    pthread_mutex_unlock(&live_lock);
}

static void fork_child(void)
{
    wxp_workers *pool, *next;

    /* Every pool here is the parent's (its threads are not in this process): unlocked and forgotten. */
    for (pool = live_first; pool; pool = next) {
        next = pool->next_live;
        pool->paused = 0;
        pool->next_live = NULL;
        pthread_mutex_unlock(&pool->lock);
    }
    live_first = NULL;
    pthread_mutex_unlock(&live_lock);
}

static void atfork_register(void)
{
    pthread_atfork(fork_prepare, fork_parent, fork_child);
}

static void live_add(wxp_workers *pool)
{
    pthread_once(&atfork_once, atfork_register);
    pthread_mutex_lock(&live_lock);
    pool->next_live = live_first;
    live_first = pool;
    pthread_mutex_unlock(&live_lock);
}

static void live_remove(wxp_workers *pool)
{
    wxp_workers **at;

    pthread_mutex_lock(&live_lock);
    for (at = &live_first; *at; at = &(*at)->next_live) {
        if (*at == pool) {
            *at = pool->next_live;
            break;
        }
    }
    pthread_mutex_unlock(&live_lock);
}

static void *worker_main(void *arg)
{
    wxp_workers *pool = arg;

    pthread_mutex_lock(&pool->lock);
    for (;;) {
        wxp_job *job;

        while (!pool->stopping && (pool->queue.first == NULL || pool->paused)) {
            pthread_cond_wait(&pool->work, &pool->lock);
        }
        if (pool->stopping) {
            break;
        }
        job = list_pop(&pool->queue);
        pool->busy++;
        pthread_mutex_unlock(&pool->lock);
        job->run(job);
        pthread_mutex_lock(&pool->lock);
        pool->busy--;
        if (pool->done.first == NULL) {
            wake_set(pool->wake_fd);
        }
        list_push(&pool->done, job);
        pthread_cond_broadcast(&pool->idle);
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

wxp_workers *wxp_workers_new(unsigned threads, wxp_err *err)
{
    wxp_workers *pool;
    sigset_t all, saved;
    unsigned i;

    if (threads == 0 || threads > WXP_WORKERS_MAX) {
        wxp_err_set(err, WXP_E_INVALID, "A worker pool has 1 to %d threads, %u asked", WXP_WORKERS_MAX, threads);
        return NULL;
    }
    pool = calloc(1, sizeof(*pool));
    if (pool == NULL) {
        wxp_err_set(err, WXP_E_NOMEM, "Out of memory making a worker pool");
        return NULL;
    }
    pool->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (pool->wake_fd < 0) {
        wxp_err_set(err, WXP_E_NOMEM, "eventfd failed: %s", strerror(errno));
        free(pool);
        return NULL;
    }
    pthread_mutex_init(&pool->lock, NULL);
    pthread_cond_init(&pool->work, NULL);
    pthread_cond_init(&pool->idle, NULL);
    live_add(pool);
    /* Workers block every signal (they inherit the mask in force here): a process-directed signal (PHP's
     * max_execution_time timer, a pcntl handler's SIGTERM) must reach the owner's thread, whose handlers
     * touch the engine's state, never a worker. */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &saved);
    for (i = 0; i < threads; i++) {
        int rc = pthread_create(&pool->tids[i], NULL, worker_main, pool);

        if (rc != 0) {
            pthread_sigmask(SIG_SETMASK, &saved, NULL);
            wxp_err_set(err, WXP_E_NOMEM, "Cannot start worker thread %u: %s", i + 1, strerror(rc));
            wxp_workers_free(pool);
            return NULL;
        }
        pool->threads++;
    }
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    return pool;
}

void wxp_workers_submit(wxp_workers *pool, wxp_job *job)
{
    pthread_mutex_lock(&pool->lock);
    list_push(&pool->queue, job);
    pool->pending++;
    pthread_cond_signal(&pool->work);
    pthread_mutex_unlock(&pool->lock);
}

wxp_job *wxp_workers_take(wxp_workers *pool)
{
    wxp_job *job;

    pthread_mutex_lock(&pool->lock);
    job = list_pop(&pool->done);
    if (job) {
        pool->pending--;
        if (pool->done.first == NULL) {
            wake_clear(pool->wake_fd);
        }
    }
    pthread_mutex_unlock(&pool->lock);
    return job;
}

size_t wxp_workers_pending(const wxp_workers *pool)
{
    return pool->pending; /* changed only by the owner's submit and take */
}

int wxp_workers_wake_fd(const wxp_workers *pool)
{
    return pool->wake_fd;
}

/* Releases the jobs of list (taken out under the lock; released outside it). */
static void release_all(wxp_job *job)
{
    while (job) {
        wxp_job *next = job->next;

        job->release(job);
        job = next;
    }
}

void wxp_workers_discard(wxp_workers *pool)
{
    wxp_job *queued, *done;

    pthread_mutex_lock(&pool->lock);
    queued = pool->queue.first;
    pool->queue.first = pool->queue.last = NULL;
    while (pool->busy > 0) {
        pthread_cond_wait(&pool->idle, &pool->lock);
    }
    done = pool->done.first;
    pool->done.first = pool->done.last = NULL;
    if (done) {
        wake_clear(pool->wake_fd);
    }
    pool->pending = 0;
    pthread_mutex_unlock(&pool->lock);
    release_all(queued);
    release_all(done);
}

void wxp_workers_free(wxp_workers *pool)
{
    unsigned i;

    if (pool == NULL) {
        return;
    }
    live_remove(pool);
    pthread_mutex_lock(&pool->lock);
    pool->stopping = 1;
    pthread_cond_broadcast(&pool->work);
    pthread_mutex_unlock(&pool->lock);
    for (i = 0; i < pool->threads; i++) {
        pthread_join(pool->tids[i], NULL);
    }
    release_all(pool->queue.first);
    release_all(pool->done.first);
    close(pool->wake_fd);
    pthread_cond_destroy(&pool->idle);
    pthread_cond_destroy(&pool->work);
    pthread_mutex_destroy(&pool->lock);
    free(pool);
}

void wxp_workers_abandon(wxp_workers *pool)
{
    if (pool != NULL && pool->wake_fd >= 0) {
        close(pool->wake_fd);
        pool->wake_fd = -1;
    }
}
