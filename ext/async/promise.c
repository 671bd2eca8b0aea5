/* WeChatPay\Promise: state, reactions, then/otherwise/wait/cancel/resolve/reject, Promise::all/settle.
 * Everything a promise holds in C (result, callbacks, adopted promise, aggregate values) is reported to
 * the GC, so promise/callback cycles are collected. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/spl/spl_exceptions.h"
#include "php_wechatpay.h"
#include "async/promise.h"
#include "async/promise_arginfo.h"
#include "async/promise_class.h"
#include "async/loop.h"
#include "http/exceptions.h"
#include "http/response.h"
#include "support/php_call.h"

typedef enum promise_state { PROMISE_PENDING, PROMISE_FULFILLED, PROMISE_REJECTED } promise_state;

typedef struct php_wechatpay_promise {
    promise_state state;
    zval result;                        /* value or reason once settled */
    php_wechatpay_reaction *reactions;  /* waiting for this promise to settle */
    uint32_t reaction_count, reaction_cap;
    zval adopted;                       /* the promise or thenable this one follows, or UNDEF */
    zval inputs;                        /* Promise::all()/settle(): the inputs, kept alive until it settles */
    php_wechatpay_transfer *transfer;   /* the HTTP call that will settle it, or NULL */
    zval values;                        /* Promise::all()/settle(): results by key, or UNDEF */
    uint32_t remaining;                 /* Promise::all()/settle(): inputs not settled yet */
    zend_object std;
} php_wechatpay_promise;

static zend_object_handlers promise_handlers;

static zend_always_inline php_wechatpay_promise *promise_from_obj(zend_object *obj)
{
    return (php_wechatpay_promise *) ((char *) obj - XtOffsetOf(php_wechatpay_promise, std));
}

/* Every promise made as a WeChatPay\Promise (by `new`, or by the extension) is of the request's promise
 * class: the Guzzle-typed subclass when Guzzle's promises are loaded (promise_class.h). */
static zend_object *promise_create(zend_class_entry *ce)
{
    php_wechatpay_promise *promise;

    if (ce == wechatpay_ce_Promise) {
        ce = php_wechatpay_promise_class();
    }
    promise = zend_object_alloc(sizeof(php_wechatpay_promise), ce);

    zend_object_std_init(&promise->std, ce);
    object_properties_init(&promise->std, ce);
    promise->std.handlers = &promise_handlers;
    ZVAL_UNDEF(&promise->result);
    ZVAL_UNDEF(&promise->adopted);
    ZVAL_UNDEF(&promise->inputs);
    ZVAL_UNDEF(&promise->values);
    return &promise->std;
}

static void promise_free(zend_object *obj)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);
    uint32_t i;

    /* A transfer holds a reference to its promise, so none is left here; if one were, it is freed without
     * dropping the reference this promise no longer has. */
    if (promise->transfer) {
        promise->transfer->promise = NULL;
        php_wechatpay_loop_abort(promise->transfer);
    }
    for (i = 0; i < promise->reaction_count; i++) {
        php_wechatpay_reaction_dtor(&promise->reactions[i]);
    }
    if (promise->reactions) {
        efree(promise->reactions);
    }
    zval_ptr_dtor(&promise->result);
    zval_ptr_dtor(&promise->adopted);
    zval_ptr_dtor(&promise->inputs);
    zval_ptr_dtor(&promise->values);
    zend_object_std_dtor(obj);
}

static HashTable *promise_get_gc(zend_object *obj, zval **table, int *n)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
    uint32_t i;

    zend_get_gc_buffer_add_zval(buffer, &promise->result);
    zend_get_gc_buffer_add_zval(buffer, &promise->adopted);
    zend_get_gc_buffer_add_zval(buffer, &promise->inputs);
    zend_get_gc_buffer_add_zval(buffer, &promise->values);
    for (i = 0; i < promise->reaction_count; i++) {
        zend_get_gc_buffer_add_zval(buffer, &promise->reactions[i].target);
        php_wechatpay_callable_gc(&promise->reactions[i].on_fulfilled, buffer);
        php_wechatpay_callable_gc(&promise->reactions[i].on_rejected, buffer);
        zend_get_gc_buffer_add_zval(buffer, &promise->reactions[i].key);
    }
    zend_get_gc_buffer_use(buffer, table, n);
    return NULL;
}

static const char *state_name(promise_state state)
{
    return state == PROMISE_PENDING ? "pending" : state == PROMISE_FULFILLED ? "fulfilled" : "rejected";
}

/* var_dump() shows the state and, once settled, the value or reason. */
static HashTable *promise_get_debug_info(zend_object *obj, int *is_temp)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);
    HashTable *info = zend_new_array(2);
    zval state;

    ZVAL_STRING(&state, state_name(promise->state));
    zend_hash_str_add_new(info, ZEND_STRL("state"), &state);
    if (promise->state != PROMISE_PENDING) {
        Z_TRY_ADDREF(promise->result);
        zend_hash_str_add_new(info, promise->state == PROMISE_FULFILLED ? "value" : "reason",
                              promise->state == PROMISE_FULFILLED ? 5 : 6, &promise->result);
    }
    *is_temp = 1;
    return info;
}

zend_class_entry *wechatpay_ce_Promise;

zend_result php_wechatpay_promise_minit(INIT_FUNC_ARGS)
{
    wechatpay_ce_Promise = register_class_WeChatPay_Promise();
    wechatpay_ce_Promise->create_object = promise_create;
    php_wechatpay_promise_class_minit();
    memcpy(&promise_handlers, &std_object_handlers, sizeof(zend_object_handlers));
    promise_handlers.offset = XtOffsetOf(php_wechatpay_promise, std);
    promise_handlers.free_obj = promise_free;
    promise_handlers.clone_obj = NULL;
    promise_handlers.get_gc = promise_get_gc;
    promise_handlers.get_debug_info = promise_get_debug_info;
    promise_handlers.compare = zend_objects_not_comparable; /* == of two promises says nothing: never equal */
    return SUCCESS;
}

void php_wechatpay_promise_init(zval *out)
{
    object_init_ex(out, wechatpay_ce_Promise);
}

bool php_wechatpay_is_promise(zend_object *obj)
{
    return obj->handlers == &promise_handlers; /* WeChatPay\Promise or the request's Guzzle-typed subclass */
}

static bool is_our_promise(zval *value)
{
    return Z_TYPE_P(value) == IS_OBJECT && php_wechatpay_is_promise(Z_OBJ_P(value));
}

bool php_wechatpay_promise_is_pending(zend_object *obj)
{
    return php_wechatpay_is_promise(obj) && promise_from_obj(obj)->state == PROMISE_PENDING;
}

void php_wechatpay_promise_set_transfer(zend_object *obj, php_wechatpay_transfer *transfer)
{
    promise_from_obj(obj)->transfer = transfer;
}

/* Attaches a reaction to source: queued now if source is settled, else when it settles. */
static void promise_add_reaction(php_wechatpay_promise *source, php_wechatpay_reaction *reaction)
{
    if (source->state != PROMISE_PENDING) {
        php_wechatpay_loop_enqueue(reaction, source->state == PROMISE_FULFILLED, &source->result);
        return;
    }
    if (source->reaction_count == source->reaction_cap) {
        source->reaction_cap = source->reaction_cap ? source->reaction_cap * 2 : 2;
        source->reactions = safe_erealloc(source->reactions, source->reaction_cap, sizeof(*source->reactions), 0);
    }
    source->reactions[source->reaction_count++] = *reaction;
}

static void reaction_init(php_wechatpay_reaction *reaction, php_wechatpay_reaction_kind kind, zend_object *target)
{
    reaction->kind = kind;
    ZVAL_OBJ_COPY(&reaction->target, target);
    php_wechatpay_callable_none(&reaction->on_fulfilled);
    php_wechatpay_callable_none(&reaction->on_rejected);
    ZVAL_UNDEF(&reaction->key);
}

/* Stops following what promise adopted (a promise of ours, a thenable, or an aggregate's inputs), moving the
 * references into dropped for the caller to release last: releasing may run destructors (PHP code). */
static void promise_unfollow(zend_object *obj, zval *dropped_adopted, zval *dropped_inputs)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);

    if (Z_TYPE(promise->adopted) == IS_OBJECT && !is_our_promise(&promise->adopted)) {
        php_wechatpay_loop_forget_thenable(obj);
    }
    ZVAL_COPY_VALUE(dropped_adopted, &promise->adopted);
    ZVAL_UNDEF(&promise->adopted);
    ZVAL_COPY_VALUE(dropped_inputs, &promise->inputs);
    ZVAL_UNDEF(&promise->inputs);
}

void php_wechatpay_promise_settle(zend_object *obj, bool fulfilled, zval *value)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);
    php_wechatpay_reaction *reactions;
    uint32_t i, count;
    zval dropped_adopted, dropped_inputs;

    if (promise->state != PROMISE_PENDING) {
        return;
    }
    promise->state = fulfilled ? PROMISE_FULFILLED : PROMISE_REJECTED;
    ZVAL_COPY(&promise->result, value);
    if (promise->transfer) {
        php_wechatpay_loop_abort(promise->transfer);
    }
    promise_unfollow(obj, &dropped_adopted, &dropped_inputs);
    reactions = promise->reactions;
    count = promise->reaction_count;
    promise->reactions = NULL;
    promise->reaction_count = promise->reaction_cap = 0;
    for (i = 0; i < count; i++) {
        php_wechatpay_loop_enqueue(&reactions[i], fulfilled, value);
    }
    if (reactions) {
        efree(reactions);
    }
    /* Last: a destructor run by these releases finds the promise settled and its reactions queued. */
    zval_ptr_dtor(&dropped_adopted);
    zval_ptr_dtor(&dropped_inputs);
}

/* Rejects obj with a new TypeError-like exception of ours carrying message. */
static void promise_reject_with_message(zend_object *obj, zend_class_entry *ce, const char *message)
{
    zval reason;

    object_init_ex(&reason, ce);
    zend_update_property_string(zend_get_exception_base(Z_OBJ(reason)), Z_OBJ(reason), ZEND_STRL("message"), message);
    php_wechatpay_promise_settle(obj, false, &reason);
    zval_ptr_dtor(&reason);
}

/* Rejects target with the exception PHP code just threw, clearing it; exit() is not an exception to
 * catch: it is left to unwind the script. */
static void reject_with_thrown(zend_object *target)
{
    zval reason;

    if (php_wechatpay_exiting()) {
        return;
    }

    php_wechatpay_take_exception(&reason);
    php_wechatpay_promise_settle(target, false, &reason);
    zval_ptr_dtor(&reason);
}

/* Calls thenable->then([$target, 'resolve'], [$target, 'reject']); a throw rejects target. */
static void adopt_thenable(zend_object *target, zval *thenable)
{
    zval resolve, reject, retval;

    array_init_size(&resolve, 2);
    add_next_index_object(&resolve, target);
    GC_ADDREF(target);
    add_next_index_stringl(&resolve, ZEND_STRL("resolve"));
    array_init_size(&reject, 2);
    add_next_index_object(&reject, target);
    GC_ADDREF(target);
    add_next_index_stringl(&reject, ZEND_STRL("reject"));
    {
        zval args[2];
        ZVAL_COPY_VALUE(&args[0], &resolve);
        ZVAL_COPY_VALUE(&args[1], &reject);
        if (php_wechatpay_call_method(Z_OBJ_P(thenable), "then", &retval, 2, args) == SUCCESS) {
            zval_ptr_dtor(&retval);
        }
    }
    zval_ptr_dtor(&resolve);
    zval_ptr_dtor(&reject);
    if (EG(exception)) {
        reject_with_thrown(target);
    }
}

static bool is_thenable(zval *value)
{
    return Z_TYPE_P(value) == IS_OBJECT
        && zend_hash_str_exists(&Z_OBJCE_P(value)->function_table, ZEND_STRL("then"));
}

void php_wechatpay_promise_resolve(zend_object *obj, zval *value)
{
    php_wechatpay_promise *promise = promise_from_obj(obj);
    php_wechatpay_reaction follow;

    if (promise->state != PROMISE_PENDING) {
        return;
    }
    if (is_our_promise(value) && Z_OBJ_P(value) == obj) {
        promise_reject_with_message(obj, zend_ce_type_error, "A promise cannot be resolved with itself");
        return;
    }
    if (is_our_promise(value) || is_thenable(value)) {
        zval dropped_adopted, dropped_inputs;

        /* A thenable that settles this promise through resolve() may hand it another one: what it followed
         * before is let go, not leaked. */
        promise_unfollow(obj, &dropped_adopted, &dropped_inputs);
        ZVAL_COPY(&promise->adopted, value);
        if (is_our_promise(value)) {
            reaction_init(&follow, PHP_WECHATPAY_REACT_THEN, obj);
            promise_add_reaction(promise_from_obj(Z_OBJ_P(value)), &follow);
        } else {
            php_wechatpay_loop_adopt_thenable(obj, value);
        }
        zval_ptr_dtor(&dropped_adopted);
        zval_ptr_dtor(&dropped_inputs);
        if (!is_our_promise(value) && promise->state == PROMISE_PENDING) {
            adopt_thenable(obj, value);
        }
        return;
    }
    php_wechatpay_promise_settle(obj, true, value);
}

/* Calls callback(value) for target: its return resolves target, its throw rejects it. */
static void run_callback(zend_object *target, const php_wechatpay_callable *callback, zval *value)
{
    zval retval;

    if (php_wechatpay_callable_call(callback, &retval, 1, value) == FAILURE) {
        reject_with_thrown(target);
        return;
    }
    php_wechatpay_promise_resolve(target, &retval);
    zval_ptr_dtor(&retval);
}

/* Stores entry (moved) under an input's key in an aggregate's values. */
static void aggregate_store(php_wechatpay_promise *aggregate, zval *key, zval *entry)
{
    SEPARATE_ARRAY(&aggregate->values);
    if (Z_TYPE_P(key) == IS_LONG) {
        zend_hash_index_update(Z_ARRVAL(aggregate->values), Z_LVAL_P(key), entry);
    } else {
        zend_hash_update(Z_ARRVAL(aggregate->values), Z_STR_P(key), entry);
    }
}

/* Fulfils an aggregate with its values once the last input is in. */
static void aggregate_input_done(zend_object *target)
{
    php_wechatpay_promise *aggregate = promise_from_obj(target);

    if (--aggregate->remaining == 0) {
        zval values;
        ZVAL_COPY(&values, &aggregate->values);
        php_wechatpay_promise_settle(target, true, &values);
        zval_ptr_dtor(&values);
    }
}

/* Records one input's outcome into an all()/settle() aggregate, settling it when the last one is in. */
static void run_aggregate(php_wechatpay_reaction *reaction, bool fulfilled, zval *value)
{
    zend_object *target = Z_OBJ(reaction->target);
    php_wechatpay_promise *aggregate = promise_from_obj(target);
    zval entry;

    /* Settled, or resolved by hand since (which let go of its inputs): the inputs no longer count. */
    if (aggregate->state != PROMISE_PENDING || Z_ISUNDEF(aggregate->inputs)) {
        return;
    }
    if (reaction->kind == PHP_WECHATPAY_REACT_ALL) {
        if (!fulfilled) {
            php_wechatpay_promise_settle(target, false, value);
            return;
        }
        ZVAL_COPY(&entry, value);
    } else {
        array_init_size(&entry, 2);
        add_assoc_string(&entry, "state", fulfilled ? "fulfilled" : "rejected");
        Z_TRY_ADDREF_P(value);
        add_assoc_zval(&entry, fulfilled ? "value" : "reason", value);
    }
    aggregate_store(aggregate, &reaction->key, &entry);
    aggregate_input_done(target);
}

void php_wechatpay_promise_run_task(php_wechatpay_task *task)
{
    php_wechatpay_reaction *reaction = &task->reaction;
    zend_object *target = Z_OBJ(reaction->target);
    php_wechatpay_callable *callback;

    if (reaction->kind != PHP_WECHATPAY_REACT_THEN) {
        run_aggregate(reaction, task->fulfilled, &task->value);
        return;
    }
    callback = task->fulfilled ? &reaction->on_fulfilled : &reaction->on_rejected;
    if (Z_ISUNDEF(callback->value)) {
        php_wechatpay_promise_settle(target, task->fulfilled, &task->value);
    } else if (php_wechatpay_promise_is_pending(target)) {
        run_callback(target, callback, &task->value);
    }
}

ZEND_METHOD(WeChatPay_Promise, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

/* Stores in slot a callback zpp checked; none for an fci it left uninitialized (null, or not given) or NULL. */
static void store_callback(php_wechatpay_callable *slot, zend_fcall_info *fci, zend_fcall_info_cache *fcc)
{
    if (fci != NULL && ZEND_FCI_INITIALIZED(*fci)) {
        php_wechatpay_callable_store(slot, &fci->function_name, fcc);
    }
}

/* Makes then()'s promise and attaches the reaction carrying the callbacks (see store_callback). */
static void promise_then(zval *return_value, zend_object *source, zend_fcall_info *fci_fulfilled,
                         zend_fcall_info_cache *fcc_fulfilled, zend_fcall_info *fci_rejected,
                         zend_fcall_info_cache *fcc_rejected)
{
    php_wechatpay_reaction reaction;

    php_wechatpay_promise_init(return_value);
    reaction_init(&reaction, PHP_WECHATPAY_REACT_THEN, Z_OBJ_P(return_value));
    store_callback(&reaction.on_fulfilled, fci_fulfilled, fcc_fulfilled);
    store_callback(&reaction.on_rejected, fci_rejected, fcc_rejected);
    promise_add_reaction(promise_from_obj(source), &reaction);
}

ZEND_METHOD(WeChatPay_Promise, then)
{
    zend_fcall_info fci_fulfilled = empty_fcall_info, fci_rejected = empty_fcall_info;
    zend_fcall_info_cache fcc_fulfilled = empty_fcall_info_cache, fcc_rejected = empty_fcall_info_cache;

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci_fulfilled, fcc_fulfilled)
        Z_PARAM_FUNC_OR_NULL(fci_rejected, fcc_rejected)
    ZEND_PARSE_PARAMETERS_END();

    promise_then(return_value, Z_OBJ_P(ZEND_THIS), &fci_fulfilled, &fcc_fulfilled, &fci_rejected, &fcc_rejected);
}

ZEND_METHOD(WeChatPay_Promise, otherwise)
{
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();

    promise_then(return_value, Z_OBJ_P(ZEND_THIS), NULL, NULL, &fci, &fcc);
}

ZEND_METHOD(WeChatPay_Promise, wait)
{
    zval *unwrap_arg = NULL;
    bool unwrap;
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_wechatpay_promise *promise = promise_from_obj(obj);

    /* Untyped, as in Guzzle 1.x's PromiseInterface (which the Guzzle-typed subclass implements): truthy. */
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(unwrap_arg)
    ZEND_PARSE_PARAMETERS_END();
    unwrap = unwrap_arg == NULL || zend_is_true(unwrap_arg);

    /* The loop may drop the last other reference to this promise while it runs. */
    GC_ADDREF(obj);
    if (php_wechatpay_loop_wait(obj) == FAILURE
        /* Callbacks of what settled meanwhile run now, as Guzzle's wait() runs its queue; but not those
         * settling a Guzzle promise that follows this one, before a rejection is thrown (see loop.h). */
        || php_wechatpay_loop_drain(unwrap && promise->state == PROMISE_REJECTED) == FAILURE) {
        if (!unwrap && !php_wechatpay_exiting()) {
            zend_clear_exception();
        }
    } else if (unwrap && promise->state == PROMISE_FULFILLED) {
        ZVAL_COPY(return_value, &promise->result);
    } else if (unwrap) {
        zval reason;
        if (Z_TYPE(promise->result) == IS_OBJECT && instanceof_function(Z_OBJCE(promise->result), zend_ce_throwable)) {
            ZVAL_COPY(&reason, &promise->result);
        } else {
            php_wechatpay_exception_rejection_ex(&reason, wechatpay_ce_Exception_RejectionException,
                                                 php_wechatpay_rejection_text(&promise->result), &promise->result, true);
        }
        zend_throw_exception_object(&reason);
    }
    OBJ_RELEASE(obj);
}

ZEND_METHOD(WeChatPay_Promise, getState)
{
    ZEND_PARSE_PARAMETERS_NONE();

    RETURN_STRING(state_name(promise_from_obj(Z_OBJ_P(ZEND_THIS))->state));
}

ZEND_METHOD(WeChatPay_Promise, cancel)
{
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    php_wechatpay_promise *promise = promise_from_obj(obj);
    zval reason;

    ZEND_PARSE_PARAMETERS_NONE();

    if (promise->state != PROMISE_PENDING) {
        return;
    }
    if (promise->transfer) {
        php_wechatpay_loop_abort(promise->transfer);
    }
    php_wechatpay_exception_rejection(&reason, wechatpay_ce_Exception_CancellationException,
                                      "The promise was cancelled", NULL);
    php_wechatpay_promise_settle(obj, false, &reason);
    zval_ptr_dtor(&reason);
}

/* resolve()/reject() on a settled promise is a logic error of the caller, as in Guzzle; so is settling one
 * already resolved with one of our promises: it is locked in to follow it (Guzzle counts it as settled).
 * A promise following a foreign thenable stays open to resolve()/reject(): that is how the thenable, which
 * was handed [$promise, 'resolve'] and [$promise, 'reject'], settles it. */
static bool refuse_if_settled(php_wechatpay_promise *promise)
{
    if (promise->state == PROMISE_PENDING && !is_our_promise(&promise->adopted)) {
        return false;
    }
    if (promise->state == PROMISE_PENDING) {
        zend_throw_exception_ex(spl_ce_LogicException, 0,
            "The promise is already resolved with another promise, which it follows: it cannot be resolved or rejected again");
    } else {
        zend_throw_exception_ex(spl_ce_LogicException, 0, "The promise is already %s", state_name(promise->state));
    }
    return true;
}

ZEND_METHOD(WeChatPay_Promise, resolve)
{
    zval *value;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();

    if (!refuse_if_settled(promise_from_obj(Z_OBJ_P(ZEND_THIS)))) {
        php_wechatpay_promise_resolve(Z_OBJ_P(ZEND_THIS), value);
    }
}

ZEND_METHOD(WeChatPay_Promise, reject)
{
    zval *reason;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(reason)
    ZEND_PARSE_PARAMETERS_END();

    if (!refuse_if_settled(promise_from_obj(Z_OBJ_P(ZEND_THIS)))) {
        php_wechatpay_promise_settle(Z_OBJ_P(ZEND_THIS), false, reason);
    }
}

/* The inputs of all()/settle() as an array, keys kept (a Traversable goes through iterator_to_array). */
static zend_result aggregate_inputs(zval *iterable, zval *out)
{
    zval args[2];

    if (Z_TYPE_P(iterable) == IS_ARRAY) {
        ZVAL_COPY(out, iterable);
        return SUCCESS;
    }
    ZVAL_COPY_VALUE(&args[0], iterable);
    ZVAL_TRUE(&args[1]);
    /* Missing (disable_functions removes it): the Error PHP's call_user_function() threw, as before. */
    if (php_wechatpay_call_function("iterator_to_array", out, 2, args,
            "Invalid callback %s, function \"%s\" not found or invalid function name",
            "iterator_to_array", "iterator_to_array") == FAILURE
        || Z_TYPE_P(out) != IS_ARRAY) {
        zval_ptr_dtor(out);
        ZVAL_UNDEF(out);
        return FAILURE;
    }
    return SUCCESS;
}

/* Promise::all() and Promise::settle(): one aggregate whose values keep the inputs' key order. */
static void promise_aggregate(INTERNAL_FUNCTION_PARAMETERS, php_wechatpay_reaction_kind kind)
{
    zval *iterable, inputs, *item, wrapper, placeholder;
    zend_string *key_str;
    zend_ulong key_num;
    php_wechatpay_promise *aggregate;
    zend_object *target;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ITERABLE(iterable)
    ZEND_PARSE_PARAMETERS_END();

    if (aggregate_inputs(iterable, &inputs) == FAILURE) {
        RETURN_THROWS();
    }
    php_wechatpay_promise_init(return_value);
    target = Z_OBJ_P(return_value);
    aggregate = promise_from_obj(target);
    ZVAL_COPY_VALUE(&aggregate->inputs, &inputs); /* keeps every input alive until the aggregate settles */
    array_init_size(&aggregate->values, zend_hash_num_elements(Z_ARRVAL(inputs)));
    ZVAL_NULL(&placeholder);
    /* Every key first, so the values come out in input order whatever order the inputs settle in. */
    ZEND_HASH_FOREACH_KEY(Z_ARRVAL(inputs), key_num, key_str) {
        if (key_str) {
            zend_hash_add_new(Z_ARRVAL(aggregate->values), key_str, &placeholder);
        } else {
            zend_hash_index_add_new(Z_ARRVAL(aggregate->values), key_num, &placeholder);
        }
    } ZEND_HASH_FOREACH_END();
    aggregate->remaining = zend_hash_num_elements(Z_ARRVAL(inputs)) + 1; /* +1: released after the loop */

    ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(inputs), key_num, key_str, item) {
        php_wechatpay_reaction reaction;
        zval *source = item;

        ZVAL_DEREF(item);
        reaction_init(&reaction, kind, target);
        if (key_str) {
            ZVAL_STR_COPY(&reaction.key, key_str);
        } else {
            ZVAL_LONG(&reaction.key, (zend_long) key_num);
        }
        if (!is_our_promise(item) && is_thenable(item)) {
            php_wechatpay_promise_init(&wrapper);
            php_wechatpay_promise_resolve(Z_OBJ(wrapper), item);
            source = &wrapper;
        } else if (!is_our_promise(item)) {
            php_wechatpay_loop_enqueue(&reaction, true, item); /* a plain value counts as fulfilled */
            continue;
        } else {
            source = item;
        }
        promise_add_reaction(promise_from_obj(Z_OBJ_P(source)), &reaction);
        if (source == &wrapper) {
            /* The wrapper lives on through the thenable's callbacks and its own reaction list. */
            zval_ptr_dtor(&wrapper);
        }
    } ZEND_HASH_FOREACH_END();
    aggregate_input_done(target);
}

ZEND_METHOD(WeChatPay_Promise, all)
{
    promise_aggregate(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_WECHATPAY_REACT_ALL);
}

ZEND_METHOD(WeChatPay_Promise, settle)
{
    promise_aggregate(INTERNAL_FUNCTION_PARAM_PASSTHRU, PHP_WECHATPAY_REACT_SETTLE);
}
