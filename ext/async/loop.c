/* The request's event loop (see loop.h, and its ownership rules). Transfers finish inside wxp_http_drive,
 * which only records them; they are settled, and reactions (user callbacks) run, from here, between drives:
 * never inside libcurl, never re-entering the engine. */
#include "php.h"
#include "zend_exceptions.h"
#include "php_wechatpay.h"
#include "module/globals.h"
#include "async/loop.h"
#include "module/pool.h"
#include "async/promise.h"
#include "http/exceptions.h"
#include "http/response.h"
#include "support/php_call.h"
#include "async/crypto_pool.h"
#include "client/failover.h"
#include "wxp_crypto_jobs.h"

#include <poll.h>
#include "wxp_process.h"

#define LOOP (WECHATPAY_G(loop))

/* How long one drive may block waiting for socket activity before the loop looks again. */
#define DRIVE_TIMEOUT_MS 1000

/* libcurl's CURLE_OPERATION_TIMEDOUT: a call whose time ran out while queued fails as the engine's own
 * timeouts do, with the same ConnectException code. */
#define TIMED_OUT_CODE 28

/* ---- The reaction queue ---- */

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

/* Takes the oldest queued task out of the ring into task; returns false when the queue is empty. */
static bool loop_dequeue(php_wechatpay_task *task)
{
    php_wechatpay_loop *loop = LOOP;

    if (loop->task_count == 0) {
        return false;
    }
    *task = loop->tasks[loop->task_head];
    loop->task_head = (loop->task_head + 1) % loop->task_cap;
    loop->task_count--;
    return true;
}

void php_wechatpay_reaction_dtor(php_wechatpay_reaction *reaction)
{
    zval_ptr_dtor(&reaction->target);
    php_wechatpay_callable_dtor(&reaction->on_fulfilled);
    php_wechatpay_callable_dtor(&reaction->on_rejected);
    zval_ptr_dtor(&reaction->key);
}

static void task_dtor(php_wechatpay_task *task)
{
    php_wechatpay_reaction_dtor(&task->reaction);
    zval_ptr_dtor(&task->value);
}

static void stack_push(php_wechatpay_task_stack *stack, const php_wechatpay_task *task)
{
    if (stack->count == stack->cap) {
        stack->cap = stack->cap ? stack->cap * 2 : 8;
        stack->items = safe_erealloc(stack->items, stack->cap, sizeof(*stack->items), 0);
    }
    stack->items[stack->count++] = *task;
}

static void stack_free(php_wechatpay_task_stack *stack)
{
    while (stack->count > 0) {
        task_dtor(&stack->items[--stack->count]);
    }
    if (stack->items) {
        efree(stack->items);
    }
}

/* Runs task (taken out of the ring) while the loop's running_tasks stack owns it (Ownership, 3). */
static void loop_run_task(const php_wechatpay_task *task)
{
    php_wechatpay_task_stack *stack = &LOOP->running_tasks;
    php_wechatpay_task running = *task;
    uint32_t mine = stack->count;

    stack_push(stack, task);
    /* Runs on a copy: nested runs may grow (move) the stack, whose entry only owns the references. */
    php_wechatpay_promise_run_task(&running);
    ZEND_ASSERT(stack->count == mine + 1);
    stack->count = mine;
    task_dtor(&running);
}

/* Runs the oldest queued task; returns false when the queue is empty. */
static bool loop_run_one(void)
{
    php_wechatpay_task task;

    if (!loop_dequeue(&task)) {
        return false;
    }
    loop_run_task(&task);
    return true;
}

/* ---- Transfers and their lists ---- */

static php_wechatpay_transfer_list *list_of(php_wechatpay_transfer_state state)
{
    php_wechatpay_loop *loop = LOOP;

    switch (state) {
        case PHP_WECHATPAY_TRANSFER_QUEUED: return &loop->queued;
        case PHP_WECHATPAY_TRANSFER_RUNNING: return &loop->running;
        case PHP_WECHATPAY_TRANSFER_FINISHED: return &loop->finished;
        case PHP_WECHATPAY_TRANSFER_SIGNING: return &loop->signing;
        case PHP_WECHATPAY_TRANSFER_VERIFYING: return &loop->verifying;
        default: return &loop->in_hand;
    }
}

static void list_append(php_wechatpay_transfer_list *list, php_wechatpay_transfer *transfer)
{
    transfer->prev = list->last;
    transfer->next = NULL;
    if (list->last) {
        list->last->next = transfer;
    } else {
        list->first = transfer;
    }
    list->last = transfer;
    list->count++;
}

/* Takes transfer out of the list of its state; a running one stops counting toward its client's
 * max_connections. */
static void transfer_unlink(php_wechatpay_transfer *transfer)
{
    php_wechatpay_transfer_list *list = list_of(transfer->state);

    if (transfer->prev) {
        transfer->prev->next = transfer->next;
    } else {
        list->first = transfer->next;
    }
    if (transfer->next) {
        transfer->next->prev = transfer->prev;
    } else {
        list->last = transfer->prev;
    }
    transfer->prev = transfer->next = NULL;
    list->count--;
    if (transfer->state == PHP_WECHATPAY_TRANSFER_RUNNING) {
        transfer->call.client->active--;
    }
}

/* Moves transfer to the list of state; a running one counts toward its client's max_connections. */
static void transfer_move(php_wechatpay_transfer *transfer, php_wechatpay_transfer_state state)
{
    transfer_unlink(transfer);
    transfer->state = state;
    list_append(list_of(state), transfer);
    if (state == PHP_WECHATPAY_TRANSFER_RUNNING) {
        transfer->call.client->active++;
    }
}

/* Makes a queued transfer of call (taken) for promise (a reference is taken), or for a sync call (NULL). */
static php_wechatpay_transfer *transfer_new(php_wechatpay_call *call, zend_object *promise)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer *transfer = ecalloc(1, sizeof(*transfer));

    transfer->call = *call;
    transfer->serial = ++loop->next_serial;
    ZVAL_UNDEF(&transfer->thrown);
    if (promise) {
        GC_ADDREF(promise);
        transfer->promise = promise;
        php_wechatpay_promise_set_transfer(promise, transfer);
    }
    transfer->state = PHP_WECHATPAY_TRANSFER_QUEUED;
    list_append(&loop->queued, transfer);
    if (loop->pid == 0) {
        loop->pid = (zend_long) wxp_process_id();
    }
    return transfer;
}

/* Unlinks a transfer from its promise; the caller now holds the transfer's promise reference (or NULL). */
static zend_object *transfer_detach(php_wechatpay_transfer *transfer)
{
    zend_object *promise = transfer->promise;

    if (promise) {
        php_wechatpay_promise_set_transfer(promise, NULL);
        transfer->promise = NULL;
    }
    return promise;
}

/* Frees a detached transfer taken out of its list; a running exchange is aborted (its connection is closed,
 * not reused). */
static void transfer_destroy(php_wechatpay_transfer *transfer)
{
    if (transfer->exchange) {
        wxp_http_exchange_free(transfer->exchange);
    }
    if (transfer->fail_message) {
        efree(transfer->fail_message);
    }
    if (transfer->verdict) {
        transfer->verdict->job.release(&transfer->verdict->job);
    }
    zval_ptr_dtor(&transfer->thrown);
    php_wechatpay_call_dtor(&transfer->call);
    efree(transfer);
}

/* Makes, in out, the exception of a transfer that failed without a result. */
static void transfer_failure(const php_wechatpay_transfer *transfer, zval *out)
{
    zend_string *shown;

    if (transfer->fail_code != 0) {
        php_wechatpay_exception_connect(out, transfer->fail_code, transfer->fail_message, &transfer->call);
        return;
    }
    shown = php_wechatpay_redacted_url(wxp_buf_cstr(&transfer->call.url));
    php_wechatpay_throw_invalid_state("Cannot start the HTTP transfer of %s %s: %s", transfer->call.method,
                                      ZSTR_VAL(shown), transfer->fail_message);
    zend_string_release(shown);
    php_wechatpay_take_exception(out);
}

/* Settles promise with outcome and drops the reference the caller held. Runs no PHP code but destructors. */
static void settle_and_release(zend_object *promise, bool fulfilled, zval *outcome)
{
    php_wechatpay_promise_settle(promise, fulfilled, outcome);
    zval_ptr_dtor(outcome);
    OBJ_RELEASE(promise);
}

/* Fails a transfer that has no result (not started, or queued too long): an async one rejects its promise at
 * once and is freed; a sync one is finished with the failure, which its call turns into the exception. */
static void transfer_fail(php_wechatpay_transfer *transfer, int code, const char *fmt, ...)
    ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
static void transfer_fail(php_wechatpay_transfer *transfer, int code, const char *fmt, ...)
{
    va_list ap;
    zend_object *promise;
    zval reason;

    transfer->failed = true;
    transfer->fail_code = code;
    va_start(ap, fmt);
    zend_vspprintf(&transfer->fail_message, 0, fmt, ap);
    va_end(ap);
    if (transfer->promise == NULL) {
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_FINISHED);
        return;
    }
    /* Ownership, 1 and 2: making the exception may run PHP code (the app's loaders, while Guzzle's classes are looked up). */
    transfer_move(transfer, PHP_WECHATPAY_TRANSFER_IN_HAND);
    promise = transfer_detach(transfer);
    transfer_failure(transfer, &reason);
    transfer_unlink(transfer);
    transfer_destroy(transfer);
    settle_and_release(promise, false, &reason);
}

/* Called by the engine, inside wxp_http_drive: only records the finished transfer. */
static void loop_on_done(wxp_http_exchange *exchange, void *user)
{
    (void) exchange;
    transfer_move((php_wechatpay_transfer *) user, PHP_WECHATPAY_TRANSFER_FINISHED);
}

/* Starts the exchange of a queued transfer with what is left of its time, or fails it. */
static void transfer_launch(php_wechatpay_transfer *transfer)
{
    zend_long left = transfer->call.deadline_ms - php_wechatpay_now_ms();
    wxp_http_engine *engine;
    wxp_err err;

    ZEND_ASSERT(!transfer->call.sign_deferred); /* only a signed request is ever sent (Ownership, 7) */

    if (left <= 0 && transfer->waited) {
        transfer_fail(transfer, TIMED_OUT_CODE,
                      "Operation timed out after " ZEND_LONG_FMT " milliseconds before the request could be sent (the "
                      "call waited for one of its client's max_connections (" ZEND_LONG_FMT ") to be free); nothing was sent",
                      transfer->call.transport.timeout_ms, transfer->call.transport.max_connections);
        return;
    }
    if (left <= 0) {
        transfer_fail(transfer, TIMED_OUT_CODE,
                      "Operation timed out after " ZEND_LONG_FMT " milliseconds before the request could be sent (reading "
                      "its body and signing it took that long); nothing was sent", transfer->call.transport.timeout_ms);
        return;
    }
    engine = php_wechatpay_engine();
    if (engine == NULL) {
        zend_clear_exception();
        transfer_fail(transfer, 0, "the HTTP engine could not be started");
        return;
    }
    php_wechatpay_failover_first(&transfer->call); /* skips a base_uri the process is avoiding */
    wxp_err_clear(&err);
    transfer->exchange = php_wechatpay_call_start(&transfer->call, engine, loop_on_done, transfer, &err);
    if (transfer->exchange == NULL) {
        transfer_fail(transfer, 0, "%s", err.message);
        return;
    }
    transfer_move(transfer, PHP_WECHATPAY_TRANSFER_RUNNING);
}

static bool transfer_has_room(const php_wechatpay_transfer *transfer)
{
    return transfer->call.client->active < (uint32_t) transfer->call.transport.max_connections;
}

/* Whether a queued transfer may start at now: a retry waits out its backoff (failover). */
static bool transfer_due(const php_wechatpay_transfer *transfer, zend_long now)
{
    return transfer->call.attempts.not_before_ms <= now;
}

/* The first queued transfer that is due and whose client has room (launchable), or whose time ran out
 * (expired); NULL. */
static php_wechatpay_transfer *loop_find_queued(bool expired, zend_long now)
{
    php_wechatpay_transfer *transfer;

    for (transfer = LOOP->queued.first; transfer; transfer = transfer->next) {
        if (expired ? transfer->call.deadline_ms <= now : transfer_has_room(transfer) && transfer_due(transfer, now)) {
            return transfer;
        }
    }
    return NULL;
}

/* Starts queued transfers whose client is below its max_connections, in call order. Each search starts
 * over: a launch that fails settles a promise, and the release of its last reference may run a destructor
 * (PHP code) that cancels, or makes, other calls. */
static void loop_launch_queued(void)
{
    php_wechatpay_transfer *transfer;

    while (!LOOP->shutting_down && !EG(exception)
           && (transfer = loop_find_queued(false, php_wechatpay_now_ms())) != NULL) {
        transfer_launch(transfer);
    }
}

/* Fails the queued transfers whose time ran out (a call's timeout counts from when it was made); each search
 * starts over, as in loop_launch_queued. */
static void loop_expire_queued(void)
{
    php_wechatpay_transfer *transfer;
    zend_long now = php_wechatpay_now_ms();

    while (!EG(exception) && (transfer = loop_find_queued(true, now)) != NULL) {
        transfer_launch(transfer); /* fails it as timed out, whatever room there is */
    }
}

/* Fails the transfers whose time ran out while a worker was making their signature (nothing was sent; the
 * signature, when it comes, is dropped); each search starts over, as in loop_expire_queued. */
static void loop_expire_signing(void)
{
    php_wechatpay_transfer *transfer;
    zend_long now = php_wechatpay_now_ms();

    while (!EG(exception)) {
        for (transfer = LOOP->signing.first; transfer && transfer->call.deadline_ms > now; transfer = transfer->next) {
        }
        if (transfer == NULL) {
            return;
        }
        transfer_fail(transfer, TIMED_OUT_CODE,
                      "Operation timed out after " ZEND_LONG_FMT " milliseconds before the request could be sent (its "
                      "signature was still being made on a worker thread); nothing was sent",
                      transfer->call.transport.timeout_ms);
    }
}

/* How long the engine may block: at most limit_ms, less when a queued or signing transfer's time runs out
 * sooner, or a queued retry's backoff ends sooner. */
static long loop_wait_budget(long limit_ms)
{
    php_wechatpay_transfer_list *lists[] = {&LOOP->queued, &LOOP->signing};
    php_wechatpay_transfer *transfer;
    zend_long now = php_wechatpay_now_ms(), budget = limit_ms;
    size_t i;

    for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
        for (transfer = lists[i]->first; transfer; transfer = transfer->next) {
            if (transfer->call.deadline_ms - now < budget) {
                budget = MAX(transfer->call.deadline_ms - now, 0);
            }
            if (transfer->call.attempts.not_before_ms > now && transfer->call.attempts.not_before_ms - now < budget) {
                budget = transfer->call.attempts.not_before_ms - now;
            }
        }
    }
    return (long) budget;
}

/* Whether a queued transfer waits out a retry's backoff. */
static bool loop_backing_off(void)
{
    php_wechatpay_transfer *transfer;
    zend_long now = php_wechatpay_now_ms();

    for (transfer = LOOP->queued.first; transfer && transfer_due(transfer, now); transfer = transfer->next) {
    }
    return transfer != NULL;
}

/* Queues a finished transfer (in the finished list or in hand) for its next attempt: its URL and signature
 * remade, its exchange freed, a backoff in attempts.not_before_ms. When it cannot be signed anew it is
 * finished instead, its last attempt the outcome. Runs no PHP code. */
static void transfer_requeue(php_wechatpay_transfer *transfer)
{
    transfer->retry_pending = false;
    if (!php_wechatpay_failover_apply_next(&transfer->call)) {
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_FINISHED);
        return;
    }
    wxp_http_exchange_free(transfer->exchange);
    transfer->exchange = NULL;
    transfer->failover_decided = false;
    transfer->verify_decided = false;
    transfer_move(transfer, PHP_WECHATPAY_TRANSFER_QUEUED);
}

/* The `failover` policy, after every turn of the engine: a finished transfer whose outcome the policy tries
 * again is not settled but queued anew; one whose attempts are reported (`on_stats`, `debug`) is left
 * finished with retry_pending, for the frame that settles it to report the attempt in hand (PHP code) and
 * then queue it (transfer_requeue). Runs no PHP code. */
static void loop_retry_finished(void)
{
    php_wechatpay_transfer *transfer, *next;

    for (transfer = LOOP->finished.first; transfer; transfer = next) {
        next = transfer->next;
        if (transfer->failover_decided || transfer->failed || !Z_ISUNDEF(transfer->thrown)
            || transfer->exchange == NULL || transfer->verdict != NULL) {
            continue;
        }
        transfer->failover_decided = true;
        if (!php_wechatpay_failover_next(&transfer->call, wxp_http_result_of(transfer->exchange))) {
            continue;
        }
        if (Z_ISUNDEF(transfer->call.on_stats.value) && Z_ISUNDEF(transfer->call.debug)) {
            transfer_requeue(transfer);
        } else {
            transfer->retry_pending = true;
        }
    }
}

/* Reports the attempt of a retry_pending transfer in hand (detached from any promise) with the outcome that
 * attempt alone had: its `debug` trace, then `on_stats`. May run any PHP code. Returns true, or false with
 * what on_stats threw in thrown (the call fails with it), or thrown UNDEF when exit() unwinds. */
static bool transfer_report_attempt(php_wechatpay_transfer *transfer, zval *thrown)
{
    const wxp_http_result *result = wxp_http_result_of(transfer->exchange);
    zend_object *made;
    zval outcome;
    bool fulfilled;

    ZVAL_UNDEF(thrown);
    fulfilled = php_wechatpay_call_settle(&transfer->call, result, NULL, &outcome);
    if (Z_ISUNDEF(outcome)) {
        return false;
    }
    made = Z_TYPE(outcome) == IS_OBJECT ? Z_OBJ(outcome) : NULL;
    php_wechatpay_call_report(&transfer->call, result, fulfilled, &outcome);
    if (Z_ISUNDEF(outcome)) {
        return false;
    }
    if (Z_TYPE(outcome) == IS_OBJECT && Z_OBJ(outcome) != made) { /* replaced by what on_stats threw */
        ZVAL_COPY_VALUE(thrown, &outcome);
        return false;
    }
    zval_ptr_dtor(&outcome);
    return true;
}

/* ---- The `progress` option (Ownership, 6) ---- */

/* The transfer of serial in list; NULL when it left it (cancelled, aborted or orphaned meanwhile). */
static php_wechatpay_transfer *list_find_serial(const php_wechatpay_transfer_list *list, uint64_t serial)
{
    php_wechatpay_transfer *transfer;

    for (transfer = list->first; transfer && transfer->serial != serial; transfer = transfer->next) {
    }
    return transfer;
}

/* The transfer of serial that is in a list of the loop but in_hand; NULL when a frame has it in hand or it is
 * gone. */
static php_wechatpay_transfer *loop_find_serial(uint64_t serial)
{
    php_wechatpay_transfer_list *lists[] = {&LOOP->queued, &LOOP->running, &LOOP->finished, &LOOP->signing,
                                            &LOOP->verifying};
    php_wechatpay_transfer *transfer = NULL;
    size_t i;

    for (i = 0; transfer == NULL && i < sizeof(lists) / sizeof(lists[0]); i++) {
        transfer = list_find_serial(lists[i], serial);
    }
    return transfer;
}

/* Fails a running or finished (not yet settled) transfer with what its progress callable threw (taken): a
 * running exchange is aborted, so nothing more is read, and the transfer is finished to be settled. */
static void transfer_fail_thrown(php_wechatpay_transfer *transfer, zval *thrown)
{
    if (transfer->state == PHP_WECHATPAY_TRANSFER_RUNNING) {
        wxp_http_exchange_free(transfer->exchange);
        transfer->exchange = NULL;
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_FINISHED);
    }
    zval_ptr_dtor(&transfer->thrown);
    ZVAL_COPY_VALUE(&transfer->thrown, thrown);
}

/* Calls a progress callable with counters through a copy the loop's progress_calls stack owns: the call may
 * free the transfer that holds the callable, and a fatal error leaves the copy for RSHUTDOWN to release.
 * Returns SUCCESS, or FAILURE with what the callable threw in thrown (UNDEF while exit() unwinds). */
static zend_result loop_call_progress(const php_wechatpay_callable *callable, const wxp_http_progress *counters,
                                      zval *thrown)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_callable copy;
    uint32_t mine = loop->progress_call_count;
    zend_result result;

    ZVAL_UNDEF(thrown);
    if (loop->progress_call_count == loop->progress_call_cap) {
        loop->progress_call_cap = loop->progress_call_cap ? loop->progress_call_cap * 2 : 4;
        loop->progress_calls = safe_erealloc(loop->progress_calls, loop->progress_call_cap,
                                             sizeof(*loop->progress_calls), 0);
    }
    php_wechatpay_callable_copy(&loop->progress_calls[mine], callable);
    loop->progress_call_count++;
    /* Called through a bitwise copy: nested calls may grow (move) the stack, whose entry owns the references. */
    copy = loop->progress_calls[mine];
    result = php_wechatpay_progress_call(&copy, counters);
    if (result == FAILURE && !php_wechatpay_exiting()) {
        php_wechatpay_take_exception(thrown);
    }
    ZEND_ASSERT(loop->progress_call_count == mine + 1);
    loop->progress_call_count = mine;
    php_wechatpay_callable_dtor(&copy);
    return result;
}

/* The next running transfer, not yet looked at by this pass (it is marked now), whose progress callable is
 * due a call with the counters read into counters; NULL when there is none. */
static php_wechatpay_transfer *loop_next_progress_due(uint32_t pass, wxp_http_progress *counters)
{
    php_wechatpay_transfer *transfer;

    for (transfer = LOOP->running.first; transfer; transfer = transfer->next) {
        if (transfer->progress_pass == pass || transfer->in_progress_call
            || !php_wechatpay_progress_wanted(&transfer->call.progress)) {
            continue;
        }
        transfer->progress_pass = pass;
        if (wxp_http_progress_of(transfer->exchange, counters) == 0
            && php_wechatpay_progress_due(&transfer->call.progress, counters, false)) {
            return transfer;
        }
    }
    return NULL;
}

/* Calls the progress callables of the running transfers whose counters changed since their last call, as
 * Guzzle's curl handler has libcurl call them, but between drives. What a callable throws fails its call
 * (its transfer aborted, unless it was settled meanwhile, as by its own cancel()). Each search starts over:
 * a call may start, finish or free any transfer. Returns FAILURE when PHP code called exit() or a
 * destructor threw. */
static zend_result loop_report_progress(void)
{
    uint32_t pass = ++LOOP->progress_pass;
    php_wechatpay_transfer *transfer;
    wxp_http_progress counters;

    while (!EG(exception) && (transfer = loop_next_progress_due(pass, &counters)) != NULL) {
        uint64_t serial = transfer->serial;
        zval thrown;
        zend_result called;

        transfer->in_progress_call = true;
        called = loop_call_progress(&transfer->call.progress.callable, &counters, &thrown);
        transfer = loop_find_serial(serial);
        if (transfer) {
            transfer->in_progress_call = false;
        }
        if (called == FAILURE && !Z_ISUNDEF(thrown)) {
            if (transfer) {
                transfer_fail_thrown(transfer, &thrown);
            } else {
                zval_ptr_dtor(&thrown); /* its call was settled meanwhile: nothing is left to fail */
            }
        }
    }
    return EG(exception) ? FAILURE : SUCCESS;
}

/* ---- Worker threads: signing and verifying off the PHP thread (Ownership, 7) ---- */

static void loop_submit(php_wechatpay_transfer *transfer);

/* Sends a new transfer whose call was prepared unsigned to a worker to be signed; without a worker (or
 * memory for the job) it is signed here. Either way it ends signing, queued, started or failed. */
static void loop_sign(php_wechatpay_transfer *transfer)
{
    wxp_workers *pool = php_wechatpay_crypto_pool_if_made();
    wxp_sign_job *job = pool ? php_wechatpay_call_sign_job(&transfer->call, transfer->serial) : NULL;

    if (job) {
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_SIGNING);
        wxp_workers_submit(pool, &job->job);
        return;
    }
    if (php_wechatpay_call_sign_finish(&transfer->call, NULL) != 0) {
        transfer_fail(transfer, 0, "the request could not be signed");
        return;
    }
    loop_submit(transfer);
}

/* A finished async transfer whose answer a worker can verify goes to one (verifying), once; returns false
 * when it is to be settled here now. */
static bool loop_verify_elsewhere(php_wechatpay_transfer *transfer)
{
    wxp_workers *pool;
    wxp_verify_job *job;

    if (transfer->verify_decided) {
        return false;
    }
    transfer->verify_decided = true;
    pool = php_wechatpay_crypto_pool_if_made();
    if (pool == NULL || transfer->failed || !Z_ISUNDEF(transfer->thrown) || transfer->exchange == NULL) {
        return false;
    }
    job = php_wechatpay_call_verify_job(&transfer->call, wxp_http_result_of(transfer->exchange), transfer->serial);
    if (job == NULL) {
        return false;
    }
    transfer_move(transfer, PHP_WECHATPAY_TRANSFER_VERIFYING);
    wxp_workers_submit(pool, &job->job);
    return true;
}

/* Takes the jobs the workers finished: a signed transfer is queued (and started when it has room), a verified
 * one is finished with its verdict; a job whose transfer is gone is dropped. Each job is looked up anew: a
 * failure settles a promise, whose release may run a destructor that cancels or starts other calls. */
static void loop_take_jobs(void)
{
    wxp_workers *pool = php_wechatpay_crypto_pool_if_made();
    wxp_job *job;

    while (pool && !EG(exception) && (job = wxp_workers_take(pool)) != NULL) {
        php_wechatpay_transfer *transfer = list_find_serial(&LOOP->signing, job->tag);

        if (transfer) {
            int signed_ok = php_wechatpay_call_sign_finish(&transfer->call, (wxp_sign_job *) job);

            if (signed_ok != 0) {
                char message[sizeof(((wxp_err *) 0)->message)];

                snprintf(message, sizeof(message), "%s", ((wxp_sign_job *) job)->err.message);
                job->release(job);
                transfer_fail(transfer, 0, "the request could not be signed: %s", message);
            } else {
                job->release(job);
                transfer_move(transfer, PHP_WECHATPAY_TRANSFER_QUEUED);
                loop_submit(transfer);
            }
        } else if ((transfer = list_find_serial(&LOOP->verifying, job->tag)) != NULL) {
            transfer->verdict = (wxp_verify_job *) job;
            transfer_move(transfer, PHP_WECHATPAY_TRANSFER_FINISHED);
        } else {
            job->release(job);
        }
        pool = php_wechatpay_crypto_pool_if_made();
    }
}

/* Whether workers hold jobs of this loop's transfers. */
static bool loop_jobs_out(void)
{
    return LOOP->signing.count > 0 || LOOP->verifying.count > 0;
}

/* With no exchange on the engine, waits at most limit_ms for a worker to finish a job. */
static void loop_wait_jobs(long limit_ms)
{
    wxp_workers *pool = php_wechatpay_crypto_pool_if_made();
    struct pollfd wake;

    if (pool == NULL) {
        return;
    }
    wake.fd = wxp_workers_wake_fd(pool);
    wake.events = POLLIN;
    wake.revents = 0;
    (void) poll(&wake, 1, (int) limit_ms);
}

/* One turn of the engine: waits for socket activity (or a worker's finished job) at most limit_ms, calls the `progress` callables whose
 * transfers moved (PHP code that may do anything: Ownership, 6), then expires queued transfers whose time ran
 * out and starts those that have room. FAILURE with an exception thrown when libcurl's multi interface
 * failed, or when PHP code called exit() or a destructor threw. */
static zend_result loop_turn(long limit_ms)
{
    wxp_http_engine *engine = WECHATPAY_G(engine);

    if (engine && wxp_http_running(engine) > 0) {
        wxp_workers *pool = php_wechatpay_crypto_pool_if_made();
        wxp_err err;

        wxp_err_clear(&err);
        wxp_http_set_wake_fd(engine, pool && loop_jobs_out() ? wxp_workers_wake_fd(pool) : -1);
        if (wxp_http_drive(engine, loop_wait_budget(limit_ms), &err) < 0) {
            php_wechatpay_throw_invalid_state("Cannot drive the HTTP transfers: %s", err.message);
            return FAILURE;
        }
    } else if (loop_jobs_out()) {
        loop_wait_jobs(loop_wait_budget(limit_ms));
    } else if (loop_backing_off()) {
        (void) poll(NULL, 0, (int) loop_wait_budget(limit_ms)); /* nothing else to do until a retry is due */
    }
    loop_retry_finished();
    loop_take_jobs();
    loop_expire_signing();
    if (loop_report_progress() == FAILURE) {
        return FAILURE;
    }
    loop_expire_queued();
    loop_launch_queued();
    /* With nothing running no connection will ever free up; a queued transfer left then would make every
     * wait spin until its deadline. Its client's count is wrong: start it anyway. */
    engine = WECHATPAY_G(engine);
    if (LOOP->queued.first && !EG(exception) && !(engine && wxp_http_running(engine) > 0)
        && transfer_due(LOOP->queued.first, php_wechatpay_now_ms())) {
        transfer_launch(LOOP->queued.first);
    }
    /* A destructor run by a release above threw (or called exit()): its exception goes first. */
    return EG(exception) ? FAILURE : SUCCESS;
}

/* Starts a new (queued) transfer at once when its client has room and no earlier call of the same client is
 * still queued (call order is kept); otherwise it stays queued. */
static void loop_submit(php_wechatpay_transfer *transfer)
{
    php_wechatpay_transfer *earlier;

    transfer->waited = true;
    if (!transfer_has_room(transfer)) {
        return;
    }
    for (earlier = LOOP->queued.first; earlier != transfer; earlier = earlier->next) {
        if (earlier->call.client == transfer->call.client) {
            return;
        }
    }
    transfer->waited = false;
    transfer_launch(transfer);
}

/* ---- fork() ---- */

/* Rejects an inherited transfer without sending anything and frees it. */
static void transfer_orphan(php_wechatpay_transfer *transfer)
{
    zend_object *promise = transfer_detach(transfer);
    zval reason;

    transfer_unlink(transfer);
    transfer_destroy(transfer);
    if (promise) {
        php_wechatpay_exception_rejection(&reason, wechatpay_ce_Exception_RejectionException,
            "The call was started before fork(): its connection and request belong to the parent process, so the "
            "child does not continue it", NULL);
        settle_and_release(promise, false, &reason);
    }
}

/* In a child of fork(), at its first loop call: the parent's transfers (queued ones signed and ready to
 * send, running ones on the parent's connections, finished ones the parent settles) are rejected here, never
 * sent or read, and stop counting toward their clients' max_connections, so the child's own calls run. */
static void loop_check_fork(void)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_transfer_list *inherited[] = {&loop->queued, &loop->running, &loop->finished, &loop->signing,
                                                &loop->verifying};
    size_t i;

    if (loop->pid == 0 || loop->pid == (zend_long) wxp_process_id()) {
        return;
    }
    /* First: the inherited engine is abandoned, so freeing its exchanges never touches libcurl state. */
    php_wechatpay_pool_check_fork();
    /* The parent's worker threads are not here: what they sign or verify is the parent's (Ownership, 7). */
    php_wechatpay_crypto_pool_check_fork();
    loop->pid = (zend_long) wxp_process_id();
    for (i = 0; i < sizeof(inherited) / sizeof(inherited[0]); i++) {
        while (inherited[i]->first) {
            transfer_orphan(inherited[i]->first);
        }
    }
    /* A transfer in hand belongs to a frame of this process that goes on settling it. */
}

/* ---- Starting, aborting and settling ---- */

void php_wechatpay_loop_abort(php_wechatpay_transfer *transfer)
{
    zend_object *promise;

    if (LOOP->pid != 0 && LOOP->pid != (zend_long) wxp_process_id()) {
        loop_check_fork(); /* rejects and frees transfer too: it was inherited */
        return;
    }
    promise = transfer_detach(transfer);
    transfer_unlink(transfer);
    transfer_destroy(transfer);
    if (promise) {
        OBJ_RELEASE(promise); /* may free it: the caller holds its own reference when it needs one */
    }
    loop_launch_queued();
}

void php_wechatpay_loop_start(zend_object *promise, php_wechatpay_call *call)
{
    wxp_http_engine *engine;
    wxp_err err;

    php_wechatpay_transfer *transfer;

    loop_check_fork();
    transfer = transfer_new(call, promise);
    if (transfer->call.sign_deferred) {
        loop_sign(transfer); /* sent once signed (a turn of the loop takes the signature) */
        return;
    }
    loop_submit(transfer);
    /* Put the request on the wire now, not at the first wait(): non-blocking turns of the engine connect
     * and, on a connection that is ready (reused, or loopback), send; a remote connect completes, and the
     * request goes out, at the next turn. Transfers these finish are only recorded, as in any drive. */
    engine = WECHATPAY_G(engine);
    if (engine && wxp_http_running(engine) > 0) {
        wxp_err_clear(&err);
        wxp_http_drive(engine, 0, &err);
        wxp_http_drive(engine, 0, &err);
    }
}

/* Calls the progress callable of a finished transfer in hand with its final counters, unless its last call
 * already had them, so its last call reports the totals. Called directly: nothing frees a transfer in hand.
 * Returns true, or false with what it threw in thrown (UNDEF while exit() unwinds). */
static bool transfer_final_progress(php_wechatpay_transfer *transfer, zval *thrown)
{
    php_wechatpay_progress *progress = &transfer->call.progress;
    wxp_http_progress counters;

    if (!php_wechatpay_progress_wanted(progress) || wxp_http_progress_of(transfer->exchange, &counters) != 0
        || !php_wechatpay_progress_due(progress, &counters, true)) {
        return true;
    }
    if (php_wechatpay_progress_call(&progress->callable, &counters) == SUCCESS) {
        return true;
    }
    if (!php_wechatpay_exiting()) {
        php_wechatpay_take_exception(thrown);
    }
    return false;
}

/* The outcome of a finished transfer in hand: true with the verified response, or false with the exception.
 * Making the response may run PHP code (an autoloader); when that code called exit(), out is left UNDEF and
 * the exit unwinds. */
static bool transfer_outcome(php_wechatpay_transfer *transfer, zval *out)
{
    const wxp_http_result *result;
    bool fulfilled;

    ZVAL_UNDEF(out);
    if (!Z_ISUNDEF(transfer->thrown)) { /* its progress callable threw: the call fails with that */
        ZVAL_COPY_VALUE(out, &transfer->thrown);
        ZVAL_UNDEF(&transfer->thrown);
        result = transfer->exchange ? wxp_http_result_of(transfer->exchange) : NULL;
        fulfilled = false;
    } else if (transfer->failed) {
        transfer_failure(transfer, out);
        result = NULL;
        fulfilled = false;
    } else {
        result = wxp_http_result_of(transfer->exchange);
        fulfilled = transfer_final_progress(transfer, out)
            && php_wechatpay_call_settle(&transfer->call, result, transfer->verdict, out);
    }
    if (!Z_ISUNDEF_P(out) && !php_wechatpay_exiting()) {
        /* The transfer is in hand (and detached from its promise): debug and on_stats may run anything. */
        fulfilled = php_wechatpay_call_report(&transfer->call, result, fulfilled, out);
    }
    if (php_wechatpay_exiting()) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return false;
    }
    return fulfilled;
}

/* The first finished transfer with a promise (a sync call's own frame settles a sync one) to settle now;
 * those whose answers a worker can verify go there first (verifying). */
static php_wechatpay_transfer *loop_first_finished_async(void)
{
    php_wechatpay_transfer *transfer, *next;

    loop_retry_finished(); /* those php_wechatpay_loop_start's drives finished */
    for (transfer = LOOP->finished.first; transfer; transfer = next) {
        next = transfer->next;
        if (transfer->promise != NULL && (transfer->retry_pending || !loop_verify_elsewhere(transfer))) {
            return transfer;
        }
    }
    return NULL;
}

/* Settles the transfers that finished, in the order they finished. Returns 1 when it settled any, 0 when
 * there was none, -1 when PHP code called exit() or a destructor threw (that unwinds first). */
static int loop_settle_finished(void)
{
    php_wechatpay_transfer *transfer;
    int settled = 0;

    while ((transfer = loop_first_finished_async()) != NULL) {
        zend_object *promise;
        zval outcome;
        bool fulfilled;

        /* Ownership, 1 and 2: in hand and detached before any PHP code runs. */
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_IN_HAND);
        promise = transfer_detach(transfer);
        if (transfer->retry_pending) { /* a failed attempt, reported, then tried again */
            bool reported = transfer_report_attempt(transfer, &outcome);

            if (reported && php_wechatpay_promise_is_pending(promise) && !LOOP->shutting_down) {
                transfer->promise = promise; /* the reference the frame held */
                php_wechatpay_promise_set_transfer(promise, transfer);
                transfer_requeue(transfer);
                continue;
            }
            if (reported) { /* cancelled or resolved meanwhile */
                transfer_unlink(transfer);
                transfer_destroy(transfer);
                OBJ_RELEASE(promise);
                continue;
            }
            fulfilled = false; /* outcome: what on_stats threw, or UNDEF while exit() unwinds */
        } else {
            fulfilled = transfer_outcome(transfer, &outcome);
        }
        transfer_unlink(transfer);
        transfer_destroy(transfer);
        if (Z_ISUNDEF(outcome)) {
            OBJ_RELEASE(promise);
            return -1;
        }
        settle_and_release(promise, fulfilled, &outcome);
        settled = 1;
        if (EG(exception)) {
            return -1;
        }
    }
    return settled;
}

zend_result php_wechatpay_loop_call(php_wechatpay_call *call, zval *return_value)
{
    php_wechatpay_transfer *transfer;
    uint64_t serial;
    bool fulfilled;

    loop_check_fork();
    transfer = transfer_new(call, NULL);
    serial = transfer->serial;
    loop_submit(transfer);
    for (;;) {
        zval thrown;

        /* Found again after every turn, whose progress callables may run anything (Ownership, 6). */
        while ((transfer = loop_find_serial(serial)) != NULL && transfer->state != PHP_WECHATPAY_TRANSFER_FINISHED) {
            if (loop_turn(DRIVE_TIMEOUT_MS) == FAILURE) { /* libcurl failed, exit(), or a destructor threw */
                transfer = loop_find_serial(serial);
                if (transfer) {
                    transfer_unlink(transfer);
                    transfer_destroy(transfer);
                }
                return FAILURE;
            }
        }
        if (transfer == NULL || !transfer->retry_pending) {
            break;
        }
        /* A failed attempt the failover policy tries again: reported in hand, then queued (Ownership, 1). */
        transfer_move(transfer, PHP_WECHATPAY_TRANSFER_IN_HAND);
        if (transfer_report_attempt(transfer, &thrown)) {
            transfer_requeue(transfer);
            continue;
        }
        transfer_unlink(transfer);
        transfer_destroy(transfer);
        if (!Z_ISUNDEF(thrown)) {
            zend_throw_exception_object(&thrown);
        }
        return FAILURE;
    }
    if (transfer == NULL) { /* a progress callable forked, and the child's loop dropped the parent's call */
        php_wechatpay_exception_rejection(return_value, wechatpay_ce_Exception_RejectionException,
            "The call was started before fork(): its connection and request belong to the parent process, so the "
            "child does not continue it", NULL);
        zend_throw_exception_object(return_value);
        ZVAL_UNDEF(return_value);
        return FAILURE;
    }
    transfer_move(transfer, PHP_WECHATPAY_TRANSFER_IN_HAND);
    fulfilled = transfer_outcome(transfer, return_value);
    transfer_unlink(transfer);
    transfer_destroy(transfer);
    if (Z_ISUNDEF_P(return_value)) {
        return FAILURE; /* exit() unwinding */
    }
    if (!fulfilled) {
        if (Z_TYPE_P(return_value) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(return_value), zend_ce_throwable)) {
            /* a rejected APIv2 answer: thrown as wait() throws a promise's reason that is no exception */
            zval reason;

            ZVAL_COPY_VALUE(&reason, return_value);
            php_wechatpay_exception_rejection_ex(return_value, wechatpay_ce_Exception_RejectionException,
                                                 php_wechatpay_rejection_text(&reason), &reason, true);
            zval_ptr_dtor(&reason);
        }
        zend_throw_exception_object(return_value);
        ZVAL_UNDEF(return_value);
        return FAILURE;
    }
    return SUCCESS;
}

/* ---- Foreign thenables ---- */

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

    if (LOOP->thenables == NULL) {
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
    if (php_wechatpay_call_static(utils, "queue", &queue, 0, NULL) == FAILURE || Z_TYPE(queue) != IS_OBJECT) {
        loop_clear_foreign_exception();
        zval_ptr_dtor(&queue);
        return false;
    }
    if (php_wechatpay_call_method(Z_OBJ(queue), "isEmpty", &empty, 0, NULL) == SUCCESS && Z_TYPE(empty) == IS_FALSE) {
        php_wechatpay_call_method(Z_OBJ(queue), "run", &retval, 0, NULL);
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
    zval thenable, retval, unwrap;
    zend_ulong handle;
    zval *entry;

    if (loop->thenables == NULL) {
        return false;
    }
    ZEND_HASH_FOREACH_NUM_KEY_VAL(loop->thenables, handle, entry) {
        /* Taken out of the table before its wait() runs (which may change the table): this frame owns it. */
        ZVAL_COPY(&thenable, entry);
        zend_hash_index_del(loop->thenables, handle);
        if (zend_hash_str_exists(&Z_OBJCE(thenable)->function_table, ZEND_STRL("wait"))) {
            ZVAL_FALSE(&unwrap);
            php_wechatpay_call_method(Z_OBJ(thenable), "wait", &retval, 1, &unwrap);
            zval_ptr_dtor(&retval);
            /* A thenable's own failure to wait leaves its promise as it was; ours may still settle. */
            loop_clear_foreign_exception();
        }
        zval_ptr_dtor(&thenable);
        return true;
    } ZEND_HASH_FOREACH_END();
    return false;
}

/* ---- Waiting and draining ---- */

zend_result php_wechatpay_loop_wait(zend_object *promise)
{
    php_wechatpay_loop *loop = LOOP;

    while (php_wechatpay_promise_is_pending(promise)) {
        wxp_http_engine *engine;
        int settled;

        loop_check_fork(); /* a transfer started before fork() is not continued in the child */
        php_wechatpay_pool_check_fork();
        if (!php_wechatpay_promise_is_pending(promise)) {
            break; /* it was the parent's: rejected just now */
        }
        if (loop_run_one()) {
            /* A callback's own exception rejected its promise; one still pending is exit(), or a destructor's
             * exception from the release of a callback: unwind, run nothing more. */
            if (EG(exception)) {
                return FAILURE;
            }
            continue;
        }
        settled = loop_settle_finished();
        if (settled < 0) {
            return FAILURE;
        }
        if (settled > 0) {
            continue;
        }
        engine = WECHATPAY_G(engine);
        if ((engine && wxp_http_running(engine) > 0) || loop->queued.count > 0 || loop_jobs_out()) {
            if (loop_turn(DRIVE_TIMEOUT_MS) == FAILURE) {
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
 * foreign thenable. Only Guzzle's promises are recognised (when Guzzle is loaded at all). */
static bool task_settles_guzzle_promise(const php_wechatpay_task *task)
{
    const zval *callback = task->fulfilled ? &task->reaction.on_fulfilled.value : &task->reaction.on_rejected.value;
    zend_class_entry *guzzle;
    zend_string *name;
    zval *object, *method;

    if (task->reaction.kind != PHP_WECHATPAY_REACT_THEN || Z_TYPE_P(callback) != IS_ARRAY
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
    /* Ours implement Guzzle's interface too when Guzzle is loaded (async/promise_class.h): not foreign. */
    return object && method && Z_TYPE_P(object) == IS_OBJECT && !php_wechatpay_is_promise(Z_OBJ_P(object))
        && instanceof_function(Z_OBJCE_P(object), guzzle)
        && Z_TYPE_P(method) == IS_STRING
        && (zend_string_equals_literal_ci(Z_STR_P(method), "resolve")
            || zend_string_equals_literal_ci(Z_STR_P(method), "reject"));
}

zend_result php_wechatpay_loop_drain(bool hold_foreign_resolvers)
{
    php_wechatpay_loop *loop = LOOP;
    uint32_t held_base = loop->held.count, i;
    zend_result result = SUCCESS;

    loop_check_fork();
    for (;;) {
        php_wechatpay_task task;

        if (loop_dequeue(&task)) {
            if (hold_foreign_resolvers && task_settles_guzzle_promise(&task)) {
                stack_push(&loop->held, &task); /* owned by the loop, not this frame (Ownership, 3) */
                continue;
            }
            loop_run_task(&task);
        } else {
            int settled = loop_settle_finished();
            if (settled < 0) {
                result = FAILURE;
                break;
            }
            if (settled == 0) {
                break;
            }
        }
        if (EG(exception)) { /* exit(), or a destructor's exception: unwind */
            result = FAILURE;
            break;
        }
    }
    /* Held resolvers run at the next wait, after the caller has seen our rejection thrown. */
    for (i = held_base; i < loop->held.count; i++) {
        php_wechatpay_task *held = &loop->held.items[i];
        php_wechatpay_loop_enqueue(&held->reaction, held->fulfilled, &held->value);
        zval_ptr_dtor(&held->value);
    }
    loop->held.count = held_base;
    return result;
}

/* ---- Request shutdown ---- */

/* Frees every transfer of a list, dropping their promise references. */
static void loop_free_list(php_wechatpay_transfer_list *list)
{
    while (list->first) {
        php_wechatpay_transfer *transfer = list->first;
        zend_object *promise = transfer_detach(transfer);

        transfer_unlink(transfer);
        transfer_destroy(transfer);
        if (promise) {
            OBJ_RELEASE(promise);
        }
    }
}

void php_wechatpay_loop_ginit(struct php_wechatpay_loop **slot)
{
    /* Persistent: the globals outlive every request, and the loop is only emptied between them. */
    *slot = pecalloc(1, sizeof(**slot), 1);
}

void php_wechatpay_loop_gshutdown(struct php_wechatpay_loop **slot)
{
    if (*slot) {
        pefree(*slot, 1);
        *slot = NULL;
    }
}

void php_wechatpay_loop_shutdown(void)
{
    php_wechatpay_loop *loop = LOOP;
    php_wechatpay_task task;

    loop->shutting_down = true;
    /* In a forked child the engine is abandoned first, so no inherited transfer touches libcurl. */
    if (loop->pid != 0 && loop->pid != (zend_long) wxp_process_id()) {
        php_wechatpay_pool_check_fork();
    }
    loop_free_list(&loop->queued);
    loop_free_list(&loop->running);
    loop_free_list(&loop->finished);
    loop_free_list(&loop->in_hand);
    loop_free_list(&loop->signing);
    loop_free_list(&loop->verifying);
    /* Before the serials start over: no job of this request may be taken by the next (Ownership, 7). */
    php_wechatpay_crypto_pool_discard();
    while (loop_dequeue(&task)) {
        task_dtor(&task);
    }
    if (loop->tasks) {
        efree(loop->tasks);
    }
    stack_free(&loop->running_tasks);
    stack_free(&loop->held);
    while (loop->progress_call_count > 0) { /* left by a fatal error inside a call */
        php_wechatpay_callable_dtor(&loop->progress_calls[--loop->progress_call_count]);
    }
    if (loop->progress_calls) {
        efree(loop->progress_calls);
    }
    if (loop->thenables) {
        zend_hash_destroy(loop->thenables);
        FREE_HASHTABLE(loop->thenables);
    }
    memset(loop, 0, sizeof(*loop));
}
