/* The request's event loop: the queue of promise reactions, every transfer of the request (sync and async) on
 * the process's HTTP engine, and waiting, which drives both until a promise (or a sync call) settles. User
 * callbacks run only from here, and never while libcurl is inside a call.
 *
 * Ownership: who holds what, and what survives a call into PHP code
 * ------------------------------------------------------------------
 * Any call from C into PHP code (an autoloader declaring the PSR-7 interfaces while a response is made, a
 * reaction callback, a thenable's then()/wait(), __toString(), a destructor run by a release) may run
 * anything: wait() on any promise, cancel() or resolve() any promise, start calls, exit(), a fatal error. So:
 * 1. Every transfer is owned by exactly one list of the loop, the list of its state: `signing` (a worker
 *    thread signs its request: nothing sent, nothing may be before the signature is back), `queued` (behind
 *    its client's max_connections, nothing sent), `running` (its exchange is on the engine), `verifying` (its
 *    answer is in and a worker thread verifies it: settled only once the verdict is back), `finished` (done,
 *    to be settled) or `in_hand` (a C frame is settling it). A finished attempt the `failover` policy tries
 *    again goes back to `queued` (with a not-before time) before anything settles it, and no PHP code runs;
 *    when the attempt is reported (`on_stats`, `debug`), the frame that would settle it reports it in hand,
 *    detached from its promise, and then re-attaches a promise still pending and queues it. Only the loop moves a transfer between lists, and a
 *    frame that calls PHP code about a transfer first moves it to `in_hand`: nested loops never see it there.
 * 2. An async transfer holds one reference to its promise, and the promise points back (promise->transfer).
 *    Before a frame calls PHP code about a transfer, it detaches the two (the promise no longer names the
 *    transfer, and the frame holds the promise reference): cancel(), resolve() or a nested settle then act
 *    on the promise alone, and the frame's later settle of an already settled promise does nothing.
 * 3. A reaction task being run is owned by the loop's `running_tasks` stack, a drain's held tasks by its
 *    `held` list, not by a C local: a fatal error (longjmp) or exit() leaves everything reachable from the
 *    loop, and RSHUTDOWN (php_wechatpay_loop_shutdown) releases it.
 * 4. exit() is not an exception to catch: every caller of PHP code checks php_wechatpay_exiting() and
 *    unwinds without settling anything.
 * 5. A forked child (pcntl_fork) inherits the loop: at its first loop call it rejects every inherited
 *    unsettled transfer without sending anything (their connections and signed requests are the parent's),
 *    signing and verifying ones too: the parent's worker threads are not in the child, which makes its own.
 * 6. A transfer's `progress` callable is called while the transfer is still running and attached to its
 *    promise (a wait() in it must be able to finish it, a cancel() to abort it), so no frame holds a pointer
 *    to the transfer across that call: the frame notes the transfer's serial, calls a copy of the callable
 *    that the loop's `progress_calls` stack owns (as in 3), and afterwards looks the transfer up again by its
 *    serial: it may have finished, been settled and freed meanwhile. A sync call's frame, whose turns of the
 *    engine run those calls, finds its own transfer the same way after every turn.
 * 7. A worker thread's job (async/crypto_pool.h) holds copies of what it reads and the transfer's serial, never
 *    a pointer into the loop or PHP memory: a transfer cancelled, aborted or orphaned while signing or
 *    verifying is simply freed, and the job's result, when the loop takes it, finds no transfer of its serial
 *    in the list it left and is dropped. Only the loop (on the PHP thread) takes results and moves transfers;
 *    RSHUTDOWN discards the jobs still out before the serials start over.
 */
#ifndef WECHATPAY_LOOP_H
#define WECHATPAY_LOOP_H

#include "php.h"
#include "client/call.h"
#include "support/php_call.h"
#include "wxp_http.h"

/* One reaction to run: settle target from a source promise's outcome, through a callback or not. */
typedef enum php_wechatpay_reaction_kind {
    PHP_WECHATPAY_REACT_THEN,   /* target = then()'s promise; on_fulfilled/on_rejected may hold none (pass through) */
    PHP_WECHATPAY_REACT_ALL,    /* target = Promise::all()'s aggregate; key = the input's key */
    PHP_WECHATPAY_REACT_SETTLE  /* target = Promise::settle()'s aggregate; key = the input's key */
} php_wechatpay_reaction_kind;

typedef struct php_wechatpay_reaction {
    php_wechatpay_reaction_kind kind;
    zval target;
    php_wechatpay_callable on_fulfilled;  /* resolved when then() stored them (see support/php_call.h) */
    php_wechatpay_callable on_rejected;
    zval key;
} php_wechatpay_reaction;

typedef struct php_wechatpay_task {
    php_wechatpay_reaction reaction;
    bool fulfilled;  /* the source's outcome */
    zval value;      /* the source's value or reason */
} php_wechatpay_task;

typedef enum php_wechatpay_transfer_state {
    PHP_WECHATPAY_TRANSFER_QUEUED,
    PHP_WECHATPAY_TRANSFER_RUNNING,
    PHP_WECHATPAY_TRANSFER_FINISHED,
    PHP_WECHATPAY_TRANSFER_IN_HAND,
    PHP_WECHATPAY_TRANSFER_SIGNING,   /* wechatpay.crypto_threads: its signature is being made on a worker */
    PHP_WECHATPAY_TRANSFER_VERIFYING  /* its answer is being verified on a worker */
} php_wechatpay_transfer_state;

/* An HTTP call from start to settlement: behind a promise (async), or a sync call's own. */
typedef struct php_wechatpay_transfer php_wechatpay_transfer;
struct php_wechatpay_transfer {
    php_wechatpay_call call;
    wxp_http_exchange *exchange;  /* NULL while queued, or when it failed before it could run */
    zend_object *promise;         /* one reference; NULL for a sync call or once detached */
    php_wechatpay_transfer_state state;
    bool waited;                  /* it was queued behind its client's max_connections */
    php_wechatpay_transfer *prev, *next; /* in the loop's list of its state */
    /* Set when the transfer failed without a result (it could not start, or its time ran out while queued);
     * the failure is a RequestException, or a ConnectException with curl_code when curl_code != 0. */
    bool failed;
    int fail_code;
    char *fail_message;
    uint64_t serial;              /* unique in the request: how a frame finds it again (Ownership, 6) */
    zval thrown;                  /* what its `progress` callable threw, which the call fails with, or UNDEF */
    bool in_progress_call;        /* its `progress` callable is being called (not called again meanwhile) */
    uint32_t progress_pass;       /* the last pass of progress calls that looked at it */
    bool verify_decided;          /* whether its answer goes to a worker was decided (once) */
    wxp_verify_job *verdict;      /* the worker's verification of its answer (owned), or NULL */
    bool failover_decided;        /* the `failover` policy looked at its finished attempt (client/failover.h) */
    bool retry_pending;           /* finished, to be tried again once the frame settling it reported the attempt */
};

typedef struct php_wechatpay_transfer_list {
    php_wechatpay_transfer *first, *last;
    uint32_t count;
} php_wechatpay_transfer_list;

typedef struct php_wechatpay_task_stack {
    php_wechatpay_task *items;
    uint32_t count, cap;
} php_wechatpay_task_stack;

typedef struct php_wechatpay_loop {
    php_wechatpay_task *tasks;  /* ring buffer of reactions to run */
    uint32_t task_head, task_count, task_cap;
    php_wechatpay_task_stack running_tasks; /* tasks being run (see Ownership, 3) */
    php_wechatpay_task_stack held;          /* tasks a drain holds back (php_wechatpay_loop_drain) */
    php_wechatpay_callable *progress_calls; /* copies of the `progress` callables being called (Ownership, 6) */
    uint32_t progress_call_count, progress_call_cap;
    uint32_t progress_pass;                 /* passes of progress calls made (each marks what it looked at) */
    uint64_t next_serial;                   /* the serial of the last transfer made */
    php_wechatpay_transfer_list queued, running, finished, in_hand, signing, verifying;
    zend_long pid;              /* the process the transfers were started in, 0 when none was */
    bool shutting_down;
    HashTable *thenables;       /* foreign thenables adopted by pending promises: waited on when stuck */
} php_wechatpay_loop;

/* Releases what a reaction holds (its target, callbacks and key). */
void php_wechatpay_reaction_dtor(php_wechatpay_reaction *reaction);

/* Queues a reaction (moved into the queue) with its source's outcome (value is copied). */
void php_wechatpay_loop_enqueue(php_wechatpay_reaction *reaction, bool fulfilled, zval *value);

/* Starts the transfer of a prepared call for promise, or queues it while its client has max_connections
 * transfers running; on failure rejects the promise. Takes call. */
void php_wechatpay_loop_start(zend_object *promise, php_wechatpay_call *call);

/* Runs a prepared call to its end on the same engine and under the same max_connections as async calls
 * (no reaction runs meanwhile; the `progress` callables of running calls, its own among them, do). Takes call. Returns SUCCESS with the verified response in return_value, or
 * FAILURE with the exception thrown. */
zend_result php_wechatpay_loop_call(php_wechatpay_call *call, zval *return_value);

/* Aborts a transfer (queued, running, or finished and not yet settled) and frees it, releasing its promise
 * reference; queued transfers that now have room start. */
void php_wechatpay_loop_abort(php_wechatpay_transfer *transfer);

/* Remembers a foreign thenable a pending promise (adopter) adopted, so a stuck wait can wait on it. */
void php_wechatpay_loop_adopt_thenable(zend_object *adopter, zval *thenable);

/* Forgets the foreign thenable adopter adopted, once adopter has settled or adopts something else. */
void php_wechatpay_loop_forget_thenable(zend_object *adopter);

/* Runs the loop until promise is settled. Returns SUCCESS, or FAILURE with an exception thrown when nothing
 * can settle it, or when PHP code called exit() (callbacks' exceptions reject their promise instead). */
zend_result php_wechatpay_loop_wait(zend_object *promise);

/* Runs every queued reaction and settles finished transfers, until none is left (what Guzzle's wait() does
 * with its task queue). With hold_foreign_resolvers, reactions that would resolve or reject a Guzzle
 * promise following ours (Guzzle's Create::promiseFor) stay queued: a Guzzle promise whose wait function is
 * our wait() must still be pending when it catches the rejection we throw, or it rethrows it. Returns
 * FAILURE only when PHP code called exit(). */
zend_result php_wechatpay_loop_drain(bool hold_foreign_resolvers);

/* Allocates the (empty) loop of the module globals; called from GINIT. */
void php_wechatpay_loop_ginit(struct php_wechatpay_loop **slot);

/* Frees the loop of the module globals, which RSHUTDOWN already emptied; called from GSHUTDOWN. */
void php_wechatpay_loop_gshutdown(struct php_wechatpay_loop **slot);

/* Aborts every transfer, drops every queued task and reference; called at request shutdown. */
void php_wechatpay_loop_shutdown(void);

#endif
