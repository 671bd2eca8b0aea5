/* The request's event loop. Transfers finish inside wxp_http_drive, which only records them; they are
 * settled, and reactions (user callbacks) run, from here, between drives: never inside libcurl, never
 * re-entering the engine. */
#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "loop.h"
#include "promise.h"
#include "exceptions.h"

#define LOOP (&WECHATPAY_G(loop))

/* How long one drive may block waiting for socket activity before the loop looks again. */
#define DRIVE_TIMEOUT_MS 1000

void php_wechatpay_loop_enqueue(php_wechatpay_reaction *reaction, bool fulfilled, zval *value)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_task *task;

    if (loop->task_count == loop->task_cap) {
        uint32_t cap = loop->task_cap ? loop->task_cap * 2 : 16, i;
        php_wechatpay_task *grown = safe_emalloc(cap, sizeof(*grown), 0);

        /* Unroll the ring into the new array so the oldest task is first again. */
        for (i = 0; i < loop->task_count; i++) {
            grown[i] = loop->tasks[(loop->task_head + i) % loop->task_cap];
        }
        if (loop->tasks) {
            efree(loop->tasks);
        }
        loop->tasks = grown;
        loop->task_cap = cap;
        loop->task_head = 0;
    }
    task = &loop->tasks[(loop->task_head + loop->task_count) % loop->task_cap];
    task->reaction = *reaction;
    task->fulfilled = fulfilled;
    ZVAL_COPY(&task->value, value);
    loop->task_count++;
}

static void task_dtor(php_wechatpay_task *task)
{
    zval_ptr_dtor(&task->reaction.target);
    zval_ptr_dtor(&task->reaction.on_fulfilled);
    zval_ptr_dtor(&task->reaction.on_rejected);
    zval_ptr_dtor(&task->reaction.key);
    zval_ptr_dtor(&task->value);
}

/* Runs the oldest queued task; returns false when the queue is empty. */
static bool loop_run_one(void)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_task task;

    if (loop->task_count == 0) {
        return false;
    }
    /* Copied out first: the task may queue more, which can move the ring. */
    task = loop->tasks[loop->task_head];
    loop->task_head = (loop->task_head + 1) % loop->task_cap;
    loop->task_count--;
    php_wechatpay_promise_run_task(&task);
    task_dtor(&task);
    return true;
}

/* Called by the engine, inside wxp_http_drive: only records the finished transfer. */
static void loop_on_done(wxp_http_exchange *exchange, void *user)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer *transfer = user;

    if (loop->finished_count == loop->finished_cap) {
        loop->finished_cap = loop->finished_cap ? loop->finished_cap * 2 : 16;
        loop->finished = safe_erealloc(loop->finished, loop->finished_cap, sizeof(*loop->finished), 0);
    }
    transfer->finished = true;
    loop->finished[loop->finished_count++] = transfer;
}

static void finished_remove(php_wechatpay_transfer *transfer)
{
    php_wechatpay_loop *loop = LOOP;
    uint32_t i;

    for (i = 0; i < loop->finished_count; i++) {
        if (loop->finished[i] == transfer) {
            memmove(&loop->finished[i], &loop->finished[i + 1], (loop->finished_count - i - 1) * sizeof(*loop->finished));
            loop->finished_count--;
            return;
        }
    }
}

/* Frees a transfer and unlinks its promise, leaving the in-flight table to the caller. */
static void transfer_free(php_wechatpay_transfer *transfer)
{
    if (transfer->finished) {
        finished_remove(transfer);
    }
    if (transfer->promise) {
        php_wechatpay_promise_set_transfer(transfer->promise, NULL);
    }
    wxp_http_exchange_free(transfer->exchange);
    php_wechatpay_call_dtor(&transfer->call);
    efree(transfer);
}

void php_wechatpay_loop_abort(php_wechatpay_transfer *transfer)
{
    zend_object *promise = transfer->promise;

    transfer_free(transfer);
    /* Dropping the table's reference last: it may free the promise. */
    if (promise && LOOP->in_flight) {
        zend_hash_index_del(LOOP->in_flight, promise->handle);
    }
}

void php_wechatpay_loop_start(zend_object *promise, php_wechatpay_call *call)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer *transfer = ecalloc(1, sizeof(*transfer));
    wxp_http_engine *engine = php_wechatpay_engine();
    wxp_err err;
    zval ref;

    transfer->call = *call;
    wxp_err_clear(&err);
    if (engine == NULL) {
        zend_clear_exception();
        wxp_err_set(&err, WXP_E_TRANSPORT, "the HTTP engine could not be started");
    } else {
        transfer->exchange = php_wechatpay_call_start(&transfer->call, engine, loop_on_done, transfer, &err);
    }
    if (transfer->exchange == NULL) {
        zval reason;

        php_wechatpay_exception_connect(&reason, 0, err.message, transfer->call.method,
                                        wxp_buf_cstr(&transfer->call.url));
        php_wechatpay_call_dtor(&transfer->call);
        efree(transfer);
        php_wechatpay_promise_settle(promise, false, &reason);
        zval_ptr_dtor(&reason);
        return;
    }
    transfer->promise = promise;
    php_wechatpay_promise_set_transfer(promise, transfer);
    if (loop->in_flight == NULL) {
        ALLOC_HASHTABLE(loop->in_flight);
        zend_hash_init(loop->in_flight, 16, NULL, ZVAL_PTR_DTOR, 0);
    }
    ZVAL_OBJ_COPY(&ref, promise);
    zend_hash_index_update(loop->in_flight, promise->handle, &ref);
}

/* Settles the transfers that finished during the last drive, in the order they finished. */
static bool loop_settle_finished(void)
{
    php_wechatpay_loop *loop = LOOP;
    bool any = false;

    while (loop->finished_count > 0) {
        php_wechatpay_transfer *transfer = loop->finished[0];
        zend_object *promise = transfer->promise;
        zval outcome;
        bool fulfilled;

        fulfilled = php_wechatpay_call_settle(&transfer->call, wxp_http_result_of(transfer->exchange), &outcome);
        GC_ADDREF(promise);
        php_wechatpay_loop_abort(transfer); /* frees the transfer, drops the table's reference */
        php_wechatpay_promise_settle(promise, fulfilled, &outcome);
        zval_ptr_dtor(&outcome);
        OBJ_RELEASE(promise);
        any = true;
    }
    return any;
}

void php_wechatpay_loop_adopt_thenable(zval *thenable)
{
    php_wechatpay_loop *loop = LOOP;

    if (loop->thenables == NULL) {
        ALLOC_HASHTABLE(loop->thenables);
        zend_hash_init(loop->thenables, 8, NULL, ZVAL_PTR_DTOR, 0);
    }
    Z_TRY_ADDREF_P(thenable);
    zend_hash_index_update(loop->thenables, Z_OBJ_HANDLE_P(thenable), thenable);
}

/* When nothing of ours can move, waits on one adopted foreign thenable (a Guzzle promise runs its own
 * queue there). Returns false when there is none. */
static bool loop_wait_on_thenable(void)
{
    php_wechatpay_loop *loop = LOOP;
    zval thenable, name, retval, unwrap;
    zend_ulong handle;
    zval *entry;

    if (loop->thenables == NULL) {
        return false;
    }
    ZEND_HASH_FOREACH_NUM_KEY_VAL(loop->thenables, handle, entry) {
        ZVAL_COPY(&thenable, entry);
        zend_hash_index_del(loop->thenables, handle);
        if (zend_hash_str_exists(&Z_OBJCE(thenable)->function_table, ZEND_STRL("wait"))) {
            ZVAL_STRINGL(&name, "wait", 4);
            ZVAL_FALSE(&unwrap);
            if (call_user_function(NULL, &thenable, &name, &retval, 1, &unwrap) == SUCCESS) {
                zval_ptr_dtor(&retval);
            }
            zval_ptr_dtor(&name);
            /* A thenable's own failure to wait leaves its promise as it was; ours may still settle. */
            zend_clear_exception();
            zval_ptr_dtor(&thenable);
            return true;
        }
        zval_ptr_dtor(&thenable);
        return true;
    } ZEND_HASH_FOREACH_END();
    return false;
}

zend_result php_wechatpay_loop_wait(zend_object *promise)
{
    while (php_wechatpay_promise_is_pending(promise)) {
        wxp_http_engine *engine = WECHATPAY_G(engine);
        wxp_err err;

        if (loop_run_one() || loop_settle_finished()) {
            continue;
        }
        if (engine && wxp_http_running(engine) > 0) {
            wxp_err_clear(&err);
            if (wxp_http_drive(engine, DRIVE_TIMEOUT_MS, &err) < 0) {
                php_wechatpay_throw_invalid_state("Cannot drive the HTTP transfers: %s", err.message);
                return FAILURE;
            }
            continue;
        }
        if (loop_wait_on_thenable()) {
            continue;
        }
        {
            zval exception;
            php_wechatpay_exception_rejection(&exception, wechatpay_ce_Exception_RejectionException,
                "Cannot wait on a promise that nothing can settle: no transfer, queued callback or thenable is pending",
                NULL);
            zend_throw_exception_object(&exception);
        }
        return FAILURE;
    }
    /* Callbacks of what settled meanwhile run now, as Guzzle's wait() runs its task queue. */
    while (loop_run_one() || loop_settle_finished()) {
    }
    return SUCCESS;
}

void php_wechatpay_loop_shutdown(void)
{
    php_wechatpay_loop *loop = LOOP;
    zval *entry;

    /* Abort every transfer first: dropping promises below must find none left to abort. */
    if (loop->in_flight) {
        ZEND_HASH_FOREACH_VAL(loop->in_flight, entry) {
            php_wechatpay_transfer *transfer = php_wechatpay_promise_transfer(Z_OBJ_P(entry));
            if (transfer) {
                transfer->promise = NULL;
                php_wechatpay_promise_set_transfer(Z_OBJ_P(entry), NULL);
                transfer_free(transfer);
            }
        } ZEND_HASH_FOREACH_END();
        zend_hash_destroy(loop->in_flight);
        FREE_HASHTABLE(loop->in_flight);
        loop->in_flight = NULL;
    }
    while (loop->task_count > 0) {
        php_wechatpay_task task = loop->tasks[loop->task_head];
        loop->task_head = (loop->task_head + 1) % loop->task_cap;
        loop->task_count--;
        task_dtor(&task);
    }
    if (loop->tasks) {
        efree(loop->tasks);
    }
    if (loop->finished) {
        efree(loop->finished);
    }
    if (loop->thenables) {
        zend_hash_destroy(loop->thenables);
        FREE_HASHTABLE(loop->thenables);
    }
    memset(loop, 0, sizeof(*loop));
}
