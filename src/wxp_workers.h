/* A small pool of worker threads for CPU work (signing, verifying) that runs only OpenSSL and the C core:
 * jobs go in on one thread (the owner's), run on a worker, and come back to the owner, who takes them when
 * the wake fd is readable. A job carries copies of everything it reads; the pool never looks inside it. */
#ifndef WXP_WORKERS_H
#define WXP_WORKERS_H

#include <stddef.h>
#include <stdint.h>
#include "wxp_err.h"

typedef struct wxp_job wxp_job;

/* What a job does: run is called on a worker thread (never the owner's), release frees the job (on the
 * owner's thread, after it was taken, or by wxp_workers_discard/free for one never run or never taken). */
struct wxp_job {
    void (*run)(wxp_job *job);
    void (*release)(wxp_job *job);
    uint64_t tag;  /* the owner's name for the job: the pool never reads it */
    wxp_job *next; /* the pool's */
};

typedef struct wxp_workers wxp_workers;

/* The most threads a pool may have. */
#define WXP_WORKERS_MAX 64

/* Starts a pool of threads (1..WXP_WORKERS_MAX) in this process. Returns NULL with err set. */
wxp_workers *wxp_workers_new(unsigned threads, wxp_err *err);

/* Hands job to the pool (it owns it until wxp_workers_take returns it); never fails. */
void wxp_workers_submit(wxp_workers *pool, wxp_job *job);

/* Returns a job that has run (the caller owns it again), oldest first, or NULL when none has finished. */
wxp_job *wxp_workers_take(wxp_workers *pool);

/* Returns how many submitted jobs have not been taken back yet. */
size_t wxp_workers_pending(const wxp_workers *pool);

/* Returns a descriptor that is readable while a finished job waits to be taken (for poll()). */
int wxp_workers_wake_fd(const wxp_workers *pool);

/* Releases every job not taken yet: queued ones without running them, running ones once they finish. */
void wxp_workers_discard(wxp_workers *pool);

/* Stops the threads (each finishes the job it runs), joins them, releases every job left and frees pool. */
void wxp_workers_free(wxp_workers *pool);

/* In a child of fork(), which has none of the pool's threads: closes the child's copy of the wake fd and
 * nothing else (its jobs are the parent's); the memory is kept, not freed. pool must not be used again.
 * (fork() itself waits until no worker of any pool is inside a job: a lock one held, OpenSSL's among them,
 * would otherwise stay locked in the child.) */
void wxp_workers_abandon(wxp_workers *pool);

#endif
