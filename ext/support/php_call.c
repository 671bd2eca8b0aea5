/* Calling PHP code from C (see php_call.h). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "support/php_call.h"

/* Turns what the call left in retval and EG(exception) into the result every function here returns. */
static zend_result call_outcome(zval *retval)
{
    if (EG(exception)) {
        zval_ptr_dtor(retval);
        ZVAL_UNDEF(retval);
        return FAILURE;
    }
    return SUCCESS;
}

/* php_wechatpay_call_known(), inlined where a stored callable is called (once per then() callback). */
static zend_always_inline zend_result known_call(zend_function *fn, zend_object *object, zend_class_entry *scope,
                                                 zval *retval, uint32_t argc, zval *argv)
{
    ZVAL_UNDEF(retval);
    zend_call_known_function(fn, object, scope, retval, argc, argv, NULL);
    return call_outcome(retval);
}

zend_result php_wechatpay_call_known(zend_function *fn, zend_object *object, zend_class_entry *scope, zval *retval,
                                     uint32_t argc, zval *argv)
{
    return known_call(fn, object, scope, retval, argc, argv);
}

zend_result php_wechatpay_call_function(const char *name, zval *retval, uint32_t argc, zval *argv,
                                        const char *missing_format, ...)
{
    zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, strlen(name));

    ZVAL_UNDEF(retval);
    if (fn == NULL) {
        va_list args;
        zend_string *message;

        va_start(args, missing_format);
        message = zend_vstrpprintf(0, missing_format, args);
        va_end(args);
        zend_throw_error(NULL, "%s", ZSTR_VAL(message));
        zend_string_release(message);
        return FAILURE;
    }
    return php_wechatpay_call_known(fn, NULL, NULL, retval, argc, argv);
}

zend_result php_wechatpay_call_method(zend_object *object, const char *name, zval *retval, uint32_t argc,
                                      zval *argv)
{
    zend_string *method = zend_string_init(name, strlen(name), 0);
    zend_function *fn;

    ZVAL_UNDEF(retval);
    /* As `$object->name()` written in the method of ours that runs now: visibility is checked from its scope
     * (a private method of the app's class is an Error), and __call answers for a missing or hidden one. */
    fn = object->handlers->get_method(&object, method, NULL);
    zend_string_release(method);
    if (fn == NULL) {
        if (!EG(exception)) {
            zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(object->ce->name), name);
        }
        return FAILURE;
    }
    return php_wechatpay_call_known(fn, object, object->ce, retval, argc, argv);
}

zend_result php_wechatpay_call_static(zend_class_entry *ce, const char *name, zval *retval, uint32_t argc,
                                      zval *argv)
{
    zend_string *method = zend_string_init(name, strlen(name), 0);
    zend_function *fn;

    ZVAL_UNDEF(retval);
    fn = zend_std_get_static_method(ce, method, NULL);
    zend_string_release(method);
    if (fn == NULL) {
        if (!EG(exception)) {
            zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), name);
        }
        return FAILURE;
    }
    return php_wechatpay_call_known(fn, NULL, ce, retval, argc, argv);
}

/* ---- Callables held in C ---- */

/* A trampoline is the function the engine makes up, for one call, for a method that __call or __callStatic
 * answers ([$obj, 'undefinedMethod']), for [$closure, '__invoke'], or for what an extension's get_method
 * handler answers; the call frees it. PHP 8.3 keeps one with zend_fcc_addref(); in 8.2 ext/spl copies it for
 * its autoloaders, and so does this file, except that __call's and __callStatic's are not kept at all: their
 * one opcode (ZEND_CALL_TRAMPOLINE) only calls the magic method with the name and the arguments as an array,
 * which magic_call() does without it. */
static bool is_magic_trampoline(const zend_function *fn)
{
    return fn->type == ZEND_USER_FUNCTION && fn->op_array.opcodes == &EG(call_trampoline_op);
}

/* Copies a trampoline other than __call's and __callStatic's; the copy holds its own reference to the name. */
static zend_function *trampoline_copy(const zend_function *trampoline)
{
    size_t size = trampoline->type == ZEND_USER_FUNCTION ? sizeof(zend_op_array) : sizeof(zend_internal_function);
    zend_function *copy = emalloc(size);

    memcpy(copy, trampoline, size);
    zend_string_addref(copy->common.function_name);
    return copy;
}

void php_wechatpay_callable_store(php_wechatpay_callable *callable, zval *value, const zend_fcall_info_cache *fcc)
{
    zend_function *fn;

    ZVAL_COPY(&callable->value, value);
    callable->fcc = *fcc;
    callable->magic_name = NULL;
    if (callable->fcc.function_handler == NULL) {
        /* zpp let go of the trampoline it found (unused, it would leak): found again, in the same scope. */
        zend_is_callable_ex(value, NULL, IS_CALLABLE_SUPPRESS_DEPRECATIONS, NULL, &callable->fcc, NULL);
    }
    fn = callable->fcc.function_handler;
    ZEND_ASSERT(fn != NULL);
    if (fn->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) {
        zend_fcall_info_cache found = callable->fcc;

        if (is_magic_trampoline(fn)) {
            /* What ZEND_CALL_TRAMPOLINE calls. */
            callable->magic_name = zend_string_copy(fn->common.function_name);
            callable->fcc.function_handler = (fn->common.fn_flags & ZEND_ACC_STATIC) ? fn->common.scope->__callstatic
                                                                                     : fn->common.scope->__call;
        } else {
            callable->fcc.function_handler = trampoline_copy(fn);
        }
        zend_release_fcall_info_cache(&found); /* the engine's goes back (EG(trampoline) serves the next one) */
    }
    if (callable->fcc.object && !php_wechatpay_callable_value_holds_object(callable)) {
        GC_ADDREF(callable->fcc.object);
    }
}

void php_wechatpay_callable_copy(php_wechatpay_callable *copy, const php_wechatpay_callable *callable)
{
    *copy = *callable;
    if (Z_ISUNDEF(callable->value)) {
        return;
    }
    Z_TRY_ADDREF(copy->value);
    if (copy->magic_name) {
        zend_string_addref(copy->magic_name);
    } else if (copy->fcc.function_handler->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) {
        copy->fcc.function_handler = trampoline_copy(copy->fcc.function_handler); /* each holds its own */
    }
    if (copy->fcc.object && !php_wechatpay_callable_value_holds_object(copy)) {
        GC_ADDREF(copy->fcc.object);
    }
}

/* Calls __call or __callStatic as ZEND_CALL_TRAMPOLINE would: (name, [...argv]). */
static zend_result magic_call(const php_wechatpay_callable *callable, zval *retval, uint32_t argc, zval *argv)
{
    zval args[2];
    zend_result result;

    ZVAL_STR_COPY(&args[0], callable->magic_name);
    if (argc == 0) {
        ZVAL_EMPTY_ARRAY(&args[1]);
    } else {
        zval *arg = argv, *end = argv + argc;

        array_init_size(&args[1], argc);
        zend_hash_real_init_packed(Z_ARRVAL(args[1]));
        ZEND_HASH_FILL_PACKED(Z_ARRVAL(args[1])) {
            do {
                Z_TRY_ADDREF_P(arg);
                ZEND_HASH_FILL_ADD(arg);
                arg++;
            } while (arg != end);
        } ZEND_HASH_FILL_END();
    }
    result = known_call(callable->fcc.function_handler, callable->fcc.object, callable->fcc.called_scope, retval, 2,
                        args);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    return result;
}

zend_result php_wechatpay_callable_call(const php_wechatpay_callable *callable, zval *retval, uint32_t argc,
                                        zval *argv)
{
    zend_function *fn = callable->fcc.function_handler;

    if (UNEXPECTED(callable->magic_name != NULL)) {
        return magic_call(callable, retval, argc, argv);
    }
    if (UNEXPECTED(fn->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE)) {
        fn = trampoline_copy(fn); /* the call frees it */
    }
    return known_call(fn, callable->fcc.object, callable->fcc.called_scope, retval, argc, argv);
}

void php_wechatpay_callable_dtor(php_wechatpay_callable *callable)
{
    php_wechatpay_callable held;

    if (Z_ISUNDEF(callable->value)) {
        return; /* none: holds nothing */
    }
    held = *callable;
    /* Emptied first: a destructor run by the releases below finds nothing here to release again. */
    php_wechatpay_callable_none(callable);
    if (held.fcc.function_handler->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) {
        zend_release_fcall_info_cache(&held.fcc); /* our copy */
    }
    if (held.magic_name) {
        zend_string_release(held.magic_name);
    }
    if (held.fcc.object && !php_wechatpay_callable_value_holds_object(&held)) {
        OBJ_RELEASE(held.fcc.object);
    }
    zval_ptr_dtor(&held.value);
}
