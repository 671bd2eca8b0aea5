/* The request's event loop: the queue of promise reactions, the transfers in flight on the process's HTTP
 * engine, and waiting, which drives both until a promise settles. User callbacks run only from here, and
 * never while libcurl is inside a call. */
#ifndef WECHATPAY_LOOP_H
#define WECHATPAY_LOOP_H

#include "php.h"
#include "call.h"
#include "wxp_http.h"

/* One reaction to run: settle target from a source promise's outcome, through a callback or not. */
typedef enum php_wechatpay_reaction_kind {
    WXP_REACT_THEN,   /* target = then()'s promise; on_fulfilled/on_rejected may be UNDEF (pass through) */
    WXP_REACT_ALL,    /* target = Promise::all()'s aggregate; key = the input's key */
    WXP_REACT_SETTLE  /* target = Promise::settle()'s aggregate; key = the input's key */
} php_wechatpay_reaction_kind;

typedef struct php_wechatpay_reaction {
    php_wechatpay_reaction_kind kind;
    zval target;
    zval on_fulfilled;
    zval on_rejected;
    zval key;
} php_wechatpay_reaction;

typedef struct php_wechatpay_task {
    php_wechatpay_reaction reaction;
    bool fulfilled;  /* the source's outcome */
    zval value;      /* the source's value or reason */
} php_wechatpay_task;

/* An HTTP call behind a promise, from start to settlement. */
typedef struct php_wechatpay_transfer {
    php_wechatpay_call call;
    wxp_http_exchange *exchange;  /* NULL while queued behind the client's max_connections */
    zend_object *promise;  /* kept alive by the loop's in-flight table */
    bool finished;         /* the exchange is done, waiting to be settled */
} php_wechatpay_transfer;

typedef struct php_wechatpay_loop {
    php_wechatpay_task *tasks;  /* ring buffer */
    uint32_t task_head, task_count, task_cap;
    HashTable *in_flight;       /* promise handle => promise, while its transfer runs */
    php_wechatpay_transfer **finished;    /* done during a drive, to be settled in this order */
    uint32_t finished_count, finished_cap;
    php_wechatpay_transfer **waiting;     /* not started: their client is at its max_connections */
    uint32_t waiting_count, waiting_cap;
    bool shutting_down;
    HashTable *thenables;       /* foreign thenables adopted by pending promises: waited on when stuck */
} php_wechatpay_loop;

/* Queues a reaction (moved into the queue) with its source's outcome (value is copied). */
void php_wechatpay_loop_enqueue(php_wechatpay_reaction *reaction, bool fulfilled, zval *value);

/* Starts the transfer of a prepared call for promise, or queues it while its client has max_connections
 * transfers running; on failure rejects the promise. Takes call. */
void php_wechatpay_loop_start(zend_object *promise, php_wechatpay_call *call);

/* Aborts a transfer (queued, running, or finished and not yet settled) and frees it; the promise is
 * unlinked, and queued transfers that now have room start. */
void php_wechatpay_loop_abort(php_wechatpay_transfer *transfer);

/* Remembers a foreign thenable a pending promise (adopter) adopted, so a stuck wait can wait on it. */
void php_wechatpay_loop_adopt_thenable(zend_object *adopter, zval *thenable);

/* Forgets the foreign thenable adopter adopted, once adopter has settled. */
void php_wechatpay_loop_forget_thenable(zend_object *adopter);

/* Runs the loop until promise is settled. Returns SUCCESS, or FAILURE with an exception thrown when nothing
 * can settle it, or when a callback called exit() (callbacks' exceptions reject their promise instead). */
zend_result php_wechatpay_loop_wait(zend_object *promise);

/* Runs every queued reaction and settles finished transfers, until none is left (what Guzzle's wait() does
 * with its task queue). With hold_foreign_resolvers, reactions that would resolve or reject a Guzzle
 * promise following ours (Guzzle's Create::promiseFor) stay queued: a Guzzle promise whose wait function is
 * our wait() must still be pending when it catches the rejection we throw, or it rethrows it. Returns
 * FAILURE only when a callback called exit(). */
zend_result php_wechatpay_loop_drain(bool hold_foreign_resolvers);

/* Aborts every transfer, drops every queued task and reference; called at request shutdown. */
void php_wechatpay_loop_shutdown(void);

#endif
