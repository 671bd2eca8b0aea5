/* The request's event loop. Transfers finish inside wxp_http_drive, which only records them; they are
 * settled, and reactions (user callbacks) run, from here, between drives: never inside libcurl, never
 * re-entering the engine. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "php_wechatpay.h"
#include "loop.h"
#include "pool.h"
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

/* Removes transfer from one of the loop's lists, keeping the others' order. */
static void list_remove(php_wechatpay_transfer **list, uint32_t *count, php_wechatpay_transfer *transfer)
{
    uint32_t i;

    for (i = 0; i < *count; i++) {
        if (list[i] == transfer) {
            memmove(&list[i], &list[i + 1], (*count - i - 1) * sizeof(*list));
            (*count)--;
            return;
        }
    }
}

static void list_push(php_wechatpay_transfer ***list, uint32_t *count, uint32_t *cap, php_wechatpay_transfer *transfer)
{
    if (*count == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *list = safe_erealloc(*list, *cap, sizeof(**list), 0);
    }
    (*list)[(*count)++] = transfer;
}

/* Called by the engine, inside wxp_http_drive: only records the finished transfer. */
static void loop_on_done(wxp_http_exchange *exchange, void *user)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer *transfer = user;

    transfer->finished = true;
    list_push(&loop->finished, &loop->finished_count, &loop->finished_cap, transfer);
}

/* Frees a transfer (queued, running or finished) and unlinks its promise, leaving the in-flight table to
 * the caller. */
static void transfer_free(php_wechatpay_transfer *transfer)
{
    php_wechatpay_loop *loop = LOOP;

    if (transfer->finished) {
        list_remove(loop->finished, &loop->finished_count, transfer);
    }
    if (transfer->exchange) {
        wxp_http_exchange_free(transfer->exchange);
        transfer->call.client->active--;
    } else {
        list_remove(loop->waiting, &loop->waiting_count, transfer);
    }
    if (transfer->promise) {
        php_wechatpay_promise_set_transfer(transfer->promise, NULL);
    }
    php_wechatpay_call_dtor(&transfer->call);
    efree(transfer);
}

/* Starts the exchange of a transfer on the process's engine. Returns false with err set. */
static bool transfer_launch(php_wechatpay_transfer *transfer, wxp_err *err)
{
    wxp_http_engine *engine = php_wechatpay_engine();

    if (engine == NULL) {
        zend_clear_exception();
        wxp_err_set(err, WXP_E_TRANSPORT, "the HTTP engine could not be started");
        return false;
    }
    transfer->exchange = php_wechatpay_call_start(&transfer->call, engine, loop_on_done, transfer, err);
    if (transfer->exchange == NULL) {
        return false;
    }
    transfer->call.client->active++;
    return true;
}

/* Rejects the promise of a transfer that could not start, and frees the transfer. */
static void transfer_fail(php_wechatpay_transfer *transfer, const wxp_err *err)
{
    zend_object *promise = transfer->promise;
    zval reason;

    php_wechatpay_exception_connect(&reason, 0, err->message, transfer->call.method, wxp_buf_cstr(&transfer->call.url));
    GC_ADDREF(promise);
    php_wechatpay_loop_abort(transfer);
    php_wechatpay_promise_settle(promise, false, &reason);
    zval_ptr_dtor(&reason);
    OBJ_RELEASE(promise);
}

/* Starts queued transfers whose client is below its max_connections again, in call order. */
static void loop_launch_waiting(void)
{
    php_wechatpay_loop *loop = LOOP;
    uint32_t i = 0;

    while (i < loop->waiting_count && !loop->shutting_down) {
        php_wechatpay_transfer *transfer = loop->waiting[i];
        wxp_err err;

        if (transfer->call.client->active >= (uint32_t) transfer->call.transport.max_connections) {
            i++;
            continue;
        }
        list_remove(loop->waiting, &loop->waiting_count, transfer);
        wxp_err_clear(&err);
        if (!transfer_launch(transfer, &err)) {
            transfer_fail(transfer, &err);
        }
    }
}

void php_wechatpay_loop_abort(php_wechatpay_transfer *transfer)
{
    zend_object *promise = transfer->promise;

    transfer_free(transfer);
    /* Dropping the table's reference last: it may free the promise. */
    if (promise && LOOP->in_flight) {
        zend_hash_index_del(LOOP->in_flight, promise->handle);
    }
    loop_launch_waiting();
}

void php_wechatpay_loop_start(zend_object *promise, php_wechatpay_call *call)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer *transfer = ecalloc(1, sizeof(*transfer));
    wxp_err err;
    zval ref;

    transfer->call = *call;
    transfer->promise = promise;
    php_wechatpay_promise_set_transfer(promise, transfer);
    if (loop->in_flight == NULL) {
        ALLOC_HASHTABLE(loop->in_flight);
        zend_hash_init(loop->in_flight, 16, NULL, ZVAL_PTR_DTOR, 0);
    }
    ZVAL_OBJ_COPY(&ref, promise);
    zend_hash_index_update(loop->in_flight, promise->handle, &ref);

    /* A client at its max_connections queues the call (no socket, no easy handle) until one finishes. */
    if (transfer->call.client->active >= (uint32_t) transfer->call.transport.max_connections) {
        list_push(&loop->waiting, &loop->waiting_count, &loop->waiting_cap, transfer);
        return;
    }
    wxp_err_clear(&err);
    if (!transfer_launch(transfer, &err)) {
        transfer_fail(transfer, &err);
        return;
    }
    /* Put the request on the wire now, not at the first wait(): non-blocking turns of the engine connect
     * and, on a connection that is ready (reused, or loopback), send; a remote connect completes, and the
     * request goes out, at the next turn. Transfers these finish are only recorded, as in any drive. */
    wxp_http_drive(WECHATPAY_G(engine), 0, &err);
    wxp_http_drive(WECHATPAY_G(engine), 0, &err);
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

void php_wechatpay_loop_forget_thenable(zend_object *adopter)
{
    if (LOOP->thenables) {
        zend_hash_index_del(LOOP->thenables, adopter->handle);
    }
}

void php_wechatpay_loop_adopt_thenable(zend_object *adopter, zval *thenable)
{
    php_wechatpay_loop *loop = LOOP;

    if (loop->thenables == NULL) {
        ALLOC_HASHTABLE(loop->thenables);
        zend_hash_init(loop->thenables, 8, NULL, ZVAL_PTR_DTOR, 0);
    }
    /* Keyed by the adopting promise: one thenable may be adopted by several of ours. */
    Z_TRY_ADDREF_P(thenable);
    zend_hash_index_update(loop->thenables, adopter->handle, thenable);
}

/* Forgets what foreign code threw while the loop drove it (its promise stays as it was), except exit(),
 * which must go on unwinding the script. */
static void loop_clear_foreign_exception(void)
{
    if (!php_wechatpay_exiting()) {
        zend_clear_exception();
    }
}

/* Runs Guzzle's global task queue when Guzzle's promises are loaded and it has work: a Guzzle promise
 * settles its callbacks (among them our resolve/reject) only from there. Returns false when it had none. */
static bool loop_run_guzzle_queue(void)
{
    zend_class_entry *utils;
    zval queue, empty, retval;
    bool ran = false;

    if (WECHATPAY_G(loop).thenables == NULL) {
        return false;
    }
    {
        zend_string *name = zend_string_init(ZEND_STRL("GuzzleHttp\\Promise\\Utils"), 0);
        utils = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
        zend_string_release(name);
    }
    if (utils == NULL) {
        return false;
    }
    zend_call_method_with_0_params(NULL, utils, NULL, "queue", &queue);
    if (EG(exception) || Z_TYPE(queue) != IS_OBJECT) {
        loop_clear_foreign_exception();
        zval_ptr_dtor(&queue);
        return false;
    }
    zend_call_method_with_0_params(Z_OBJ(queue), Z_OBJCE(queue), NULL, "isempty", &empty);
    if (!EG(exception) && Z_TYPE(empty) == IS_FALSE) {
        zend_call_method_with_0_params(Z_OBJ(queue), Z_OBJCE(queue), NULL, "run", &retval);
        zval_ptr_dtor(&retval);
        ran = true;
    }
    loop_clear_foreign_exception();
    zval_ptr_dtor(&empty);
    zval_ptr_dtor(&queue);
    return ran;
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
            loop_clear_foreign_exception();
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
        wxp_http_engine *engine;
        wxp_err err;

        php_wechatpay_pool_check_fork(); /* a transfer started before fork() is not continued in the child */
        engine = WECHATPAY_G(engine);
        if (loop_run_one() || loop_settle_finished()) {
            if (php_wechatpay_exiting()) {
                return FAILURE; /* a callback called exit(): unwind, run nothing more */
            }
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
        if (loop_run_guzzle_queue() || loop_wait_on_thenable()) {
            if (php_wechatpay_exiting()) {
                return FAILURE;
            }
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
    return SUCCESS;
}

/* A reaction calling [$guzzlePromise, 'resolve'|'reject']: how Guzzle's Create::promiseFor() follows a
 * promise of ours. Only Guzzle's promises are recognised (when Guzzle is loaded at all). */
static bool task_settles_guzzle_promise(const php_wechatpay_task *task)
{
    const zval *callback = task->fulfilled ? &task->reaction.on_fulfilled : &task->reaction.on_rejected;
    zend_class_entry *guzzle;
    zend_string *name;
    zval *object, *method;

    if (task->reaction.kind != WXP_REACT_THEN || Z_TYPE_P(callback) != IS_ARRAY
        || zend_hash_num_elements(Z_ARRVAL_P(callback)) != 2) {
        return false;
    }
    name = zend_string_init(ZEND_STRL("GuzzleHttp\\Promise\\PromiseInterface"), 0);
    guzzle = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    zend_string_release(name);
    if (guzzle == NULL) {
        return false;
    }
    object = zend_hash_index_find(Z_ARRVAL_P(callback), 0);
    method = zend_hash_index_find(Z_ARRVAL_P(callback), 1);
    return object && method && Z_TYPE_P(object) == IS_OBJECT && instanceof_function(Z_OBJCE_P(object), guzzle)
        && Z_TYPE_P(method) == IS_STRING
        && (zend_string_equals_literal_ci(Z_STR_P(method), "resolve")
            || zend_string_equals_literal_ci(Z_STR_P(method), "reject"));
}

zend_result php_wechatpay_loop_drain(bool hold_foreign_resolvers)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_task *held = NULL;
    uint32_t held_count = 0, i;
    zend_result result = SUCCESS;

    for (;;) {
        if (loop->task_count > 0) {
            php_wechatpay_task task = loop->tasks[loop->task_head];

            loop->task_head = (loop->task_head + 1) % loop->task_cap;
            loop->task_count--;
            if (hold_foreign_resolvers && task_settles_guzzle_promise(&task)) {
                held = safe_erealloc(held, held_count + 1, sizeof(*held), 0);
                held[held_count++] = task;
                continue;
            }
            php_wechatpay_promise_run_task(&task);
            task_dtor(&task);
        } else if (!loop_settle_finished()) {
            break;
        }
        if (php_wechatpay_exiting()) {
            result = FAILURE;
            break;
        }
    }
    /* Held resolvers run at the next wait, after the caller has seen our rejection thrown. */
    for (i = 0; i < held_count; i++) {
        php_wechatpay_loop_enqueue(&held[i].reaction, held[i].fulfilled, &held[i].value);
        zval_ptr_dtor(&held[i].value);
    }
    if (held) {
        efree(held);
    }
    return result;
}

void php_wechatpay_loop_shutdown(void)
{
    php_wechatpay_loop *loop = LOOP;
    zval *entry;

    loop->shutting_down = true;
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
    if (loop->waiting) {
        efree(loop->waiting);
    }
    if (loop->thenables) {
        zend_hash_destroy(loop->thenables);
        FREE_HASHTABLE(loop->thenables);
    }
    memset(loop, 0, sizeof(*loop));
}
